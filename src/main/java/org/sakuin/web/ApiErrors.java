package org.sakuin.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.sakuin.index.ArchiveUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad requests get a 400, unknown ids a 404 and an unreachable archive a 503, with the reason, as RFC 9457 problem
 * JSON. So do the request errors Spring MVC finds itself (a missing parameter, {@code limit=abc}, a wrong method):
 * its {@link ResponseEntityExceptionHandler} answers them as problems instead of the error page's own JSON. Only the
 * REST controllers' errors: {@code /source} is opened by browsers, which get the error page.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

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
}
