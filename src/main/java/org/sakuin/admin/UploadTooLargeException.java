package org.sakuin.admin;

/** An uploaded file over the size limit: nothing of it is kept. */
public final class UploadTooLargeException extends RuntimeException {

    UploadTooLargeException(String name, long limit) {
        super(name + " is larger than the upload limit of " + limit + " bytes");
    }
}
