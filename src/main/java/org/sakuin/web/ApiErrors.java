package org.sakuin.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.sakuin.admin.UploadTooLargeException;
import org.sakuin.index.ArchiveUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad requests get a 400, unknown ids a 404, an upload over the limit a 413 and an unreachable archive a 503, with
 * the reason, as RFC 9457 problem JSON. So do the request errors Spring MVC finds itself (a missing parameter,
 * {@code limit=abc}, a wrong method): its {@link ResponseEntityExceptionHandler} answers them as problems instead of
 * the error page's own JSON. Only the REST controllers' errors: {@code /source} is opened by browsers, which get the
 * error page.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final String BAD_UPLOAD = "the upload must be multipart/form-data with one or more parts named file";

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * A form the server cannot decode: the client's mistake, answered as such and not logged as an error of the
     * server's with its stack trace. (An address that does not decode, {@code ?q=%zz}, is answered before, by
     * {@link UndecodableQueries}.)
     */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodable(InvalidParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UndecodableQueries.REASON);
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

    /** Refused as it was stored (the upload limit): nothing is kept. */
    @ExceptionHandler(UploadTooLargeException.class)
    ProblemDetail tooLarge(UploadTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    /** Refused while it arrived (the multipart limit): nothing is kept. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        e.getBody().setDetail("the upload is larger than the limit");
        return super.handleMaxUploadSizeExceededException(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        e.getBody().setDetail(BAD_UPLOAD);
        return super.handleMissingServletRequestPart(e, headers, status, request);
    }

    /** A body that is not multipart, or a broken one. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badUpload(MultipartException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, BAD_UPLOAD);
    }
}
