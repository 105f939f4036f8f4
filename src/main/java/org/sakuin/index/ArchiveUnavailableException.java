package org.sakuin.index;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The archive cannot be reached (a cluster whose nodes are all down): nothing was read or written. */
public final class ArchiveUnavailableException extends UncheckedIOException {

    public ArchiveUnavailableException(String message, IOException cause) {
        super(message, cause);
    }
}
