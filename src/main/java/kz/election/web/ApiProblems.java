package kz.election.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.List;
import kz.election.common.ConflictException;
import kz.election.common.FieldViolation;
import kz.election.common.ForbiddenException;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.platform.DatabaseOutage;
import kz.election.platform.EngineRestProblems;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api} as RFC 9457 problem+json. Bad input is a 400 whose {@code errors}
 * list names each field and what is wrong with it; unknown ids are 404; clashes with the current
 * state are 409. No stack trace ever reaches the caller.
 */
@RestControllerAdvice(basePackages = "kz.election")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    static final String ERRORS = "errors";

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return badRequest(e.violations());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ConflictException.class, TaskAlreadyClaimedException.class,
            OptimisticLockingException.class, DuplicateKeyException.class})
    ProblemDetail conflict(RuntimeException e) {
        String detail = e instanceof ConflictException ? e.getMessage()
                : "Someone else changed this at the same moment; reload and try again.";
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this request.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return badRequest(List.of(new FieldViolation(e.getName(),
                "'" + e.getValue() + "' is not a valid " + expected)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.isCauseOf(e)) {
            LOG.warn("API request refused while the database is unreachable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.detail()));
        }
        if (EngineRestProblems.isTextTheDatabaseRefuses(e)) {
            return ResponseEntity.badRequest().body(badRequest(List.of(
                    new FieldViolation("body", EngineRestProblems.TEXT_THE_DATABASE_REFUSES))));
        }
        // a lost race the engine reports wrapped (a listener's or a nested command's failure)
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof TaskAlreadyClaimedException) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict((RuntimeException) cause));
            }
        }
        LOG.error("Unexpected failure of an API request", e);
        return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The request failed on our side; it was logged. Nothing was saved."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldViolation(parameterName(result), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(violations));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest(List.of(
                new FieldViolation(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldViolation violation = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? new FieldViolation(jsonPath(mapping), wrongValue(mapping))
                : new FieldViolation("body", "is not readable JSON: " + firstLine(e.getMostSpecificCause().getMessage()));
        return ResponseEntity.badRequest().body(badRequest(List.of(violation)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content type " + e.getContentType() + " is not accepted here; send " + e.getSupportedMediaTypes());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    /**
     * A content type that no mapping of the path consumes (multipart only, say) is refused before a
     * handler is chosen, where the package-bound advice above does not apply; this one, bound to no
     * package, answers that case alone, with the same 415 problem.
     */
    @RestControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class BeforeAnyHandler {

        @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
        ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content type "
                            + e.getContentType() + " is not accepted here; send " + e.getSupportedMediaTypes()));
        }
    }

    static ProblemDetail badRequest(List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + violations.size() + " invalid field" + (violations.size() == 1 ? "" : "s") + ": "
                        + String.join(", ", violations.stream().map(FieldViolation::field).distinct().toList()));
        problem.setTitle("Invalid input");
        problem.setProperty(ERRORS, violations);
        return problem;
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter " + result.getMethodParameter().getParameterIndex() : name;
    }

    private static String jsonPath(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Says what would have been accepted, so the caller can fix the value without reading the code. */
    private static String wrongValue(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> type = format.getTargetType();
            String given = "'" + format.getValue() + "'";
            if (type.isEnum()) {
                return given + " is not one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
            }
            if (type == LocalDate.class) {
                return given + " is not a date in the form YYYY-MM-DD, such as 2026-11-22";
            }
            if (isWholeNumber(type)) {
                return given + " is not a whole number";
            }
            return given + " is not a valid " + type.getSimpleName();
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type.isEnum()) {
                return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
            }
            if (type == LocalDate.class) {
                return "must be a date in the form YYYY-MM-DD, such as 2026-11-22";
            }
            if (isWholeNumber(type)) {
                return "must be a whole number";
            }
            return "must be a " + type.getSimpleName();
        }
        return "has a value of the wrong type or form";
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class;
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
