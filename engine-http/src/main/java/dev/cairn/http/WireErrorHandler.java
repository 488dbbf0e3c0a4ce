package dev.cairn.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Answers the requests Jetty refuses before any route sees them (a request line or header it
 * cannot parse, headers too large) in AWS's JSON error shape, never as an HTML page.
 *
 * <p>A request target whose path cannot be parsed at all ({@code /../../etc}, a {@code %00}) names
 * no resource, and gets the same 404 as every other path that names nothing: Jetty words those
 * refusals "Bad URI" and "Illegal character in path".
 */
final class WireErrorHandler extends ErrorHandler {

    private static final Set<String> UNPARSABLE_PATH = Set.of("Bad URI", "Illegal character in path");

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        Reply reply = unparsablePath(cause)
                ? Reply.error(404, "NotFoundException", "No resource at this method and path.")
                : Reply.error(code, code == 408 ? "RequestTimeoutException" : code == 413 ? "RequestEntityTooLargeException" : "BadRequestException",
                message == null ? "The request is not well-formed HTTP." : message);
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put("x-amzn-ErrorType", reply.errorType());
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    private static boolean unparsablePath(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && UNPARSABLE_PATH.contains(t.getMessage())) return true;
        }
        return false;
    }
}
