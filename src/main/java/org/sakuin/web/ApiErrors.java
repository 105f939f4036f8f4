package org.sakuin.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.sakuin.admin.UploadTooLargeException;
import org.sakuin.index.ArchiveUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Bad requests get a 400, unknown ids a 404, an upload over the limit a 413 and an unreachable archive a 503, with
 * the reason, as RFC 9457 problem JSON.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * An address the server cannot decode ({@code ?q=%zz}): the client's mistake, answered as such and not logged as
     * an error of the server's with its stack trace.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodable(InvalidParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the address has a parameter that cannot be decoded (a % not followed by two hexadecimal digits?)");
    }

    /** The cluster is down: the request may be tried again later, and nothing was written meanwhile. */
    @ExceptionHandler(ArchiveUnavailableException.class)
    ProblemDetail unavailable(ArchiveUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** Refused while it arrived (the multipart limit) or as it was stored (the upload limit): nothing is kept. */
    @ExceptionHandler({MaxUploadSizeExceededException.class, UploadTooLargeException.class})
    ProblemDetail tooLarge(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                e instanceof UploadTooLargeException ? e.getMessage() : "the upload is larger than the limit");
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ProblemDetail badUpload(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the upload must be multipart/form-data with one or more parts named file");
    }
}
