package org.sakuin.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** Turns the text of one seed into a plan file in one publishing format. */
@FunctionalInterface
interface PlanWriter {
    void write(String seedText, Path target) throws IOException;
}
