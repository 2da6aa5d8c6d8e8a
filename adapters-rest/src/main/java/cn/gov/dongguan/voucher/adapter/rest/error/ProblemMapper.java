package cn.gov.dongguan.voucher.adapter.rest.error;

import cn.gov.dongguan.voucher.adapter.rest.json.MalformedBodyException;
import cn.gov.dongguan.voucher.application.ContentTooLargeException;
import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import jakarta.json.JsonException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure as problem+json with the status codes of api.md: 400 malformed body, 403, 404,
 * 409, 412, 413, 415, 422, 428, 503 while the database is unreachable, and 500 for the unexpected
 * (logged with an incident id, never a stack trace on the wire).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // noticed while a reader (JSON, multipart) was reading: the body's size, not its form, is the problem
            if (t instanceof cn.gov.dongguan.voucher.adapter.rest.json.PayloadTooLargeException tooLarge) {
                return Problem.response(413, "too-large", "Payload too large", tooLarge.getMessage(), List.of());
            }
        }
        if (failure instanceof ValidationException e) {
            return Problem.response(422, "validation", "Validation failed", e.getMessage(), e.violations());
        }
        if (failure instanceof StaleVersionException e) {
            return Problem.response(412, "stale-version", "Precondition failed", e.getMessage(), e.violations());
        }
        if (failure instanceof ConflictException e) {
            return Problem.response(409, "conflict", "Conflict", e.getMessage(), e.violations());
        }
        if (failure instanceof ForbiddenException e) {
            return Problem.response(403, "forbidden", "Forbidden", e.getMessage(), e.violations());
        }
        if (failure instanceof NotFoundException e) {
            return Problem.response(404, "not-found", "Not found", e.getMessage(), e.violations());
        }
        if (failure instanceof cn.gov.dongguan.voucher.application.UnsupportedContentException e) {
            return Problem.response(
                    415, "unsupported-media-type", "Unsupported media type", e.getMessage(), e.violations());
        }
        if (failure instanceof DomainException e) {
            return Problem.response(422, "validation", "Validation failed", e.getMessage(), e.violations());
        }
        if (failure instanceof ContentTooLargeException e) {
            return Problem.response(413, "too-large", "Payload too large", e.getMessage(), List.of());
        }
        if (failure instanceof PreconditionRequiredException e) {
            return Problem.response(
                    428,
                    "precondition-required",
                    "Precondition required",
                    e.getMessage(),
                    List.of(Violation.of("If-Match", "IF_MATCH_REQUIRED", "R-FLOW-7", e.getMessage())));
        }
        if (failure instanceof MalformedBodyException e) {
            return Problem.response(400, "malformed", "Malformed request", e.getMessage(), List.of());
        }
        if (failure instanceof JsonException
                || failure instanceof ProcessingException
                || failure.getCause() instanceof JsonException) {
            return Problem.response(
                    400, "malformed", "Malformed request", "the request body is not well-formed JSON", List.of());
        }
        if (failure instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Throwable cause = e.getCause();
            if (cause instanceof JsonException || cause instanceof ProcessingException) {
                return Problem.response(
                        400, "malformed", "Malformed request", "the request body is not well-formed JSON", List.of());
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "Error" : type.getReasonPhrase();
            return Problem.response(status, slug(title), title, e.getMessage(), List.of());
        }
        if (databaseUnreachable(failure)) {
            Response unavailable = Problem.response(
                    503,
                    "unavailable",
                    "Service unavailable",
                    "the database cannot be reached; try again shortly",
                    List.of());
            return Response.fromResponse(unavailable).header("Retry-After", "5").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return Problem.response(
                500,
                "internal",
                "Internal error",
                "an unexpected error occurred (incident " + incident + ")",
                List.of());
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** A connection failure (SQLState class 08) or a refused/closed connection anywhere in the chain. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.ConnectException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            String m = t.getMessage();
            if (m != null
                    && (m.contains("Connection refused")
                            || m.contains("Connection is closed")
                            || m.contains("Error in allocating a connection"))) {
                return true;
            }
        }
        return false;
    }
}
