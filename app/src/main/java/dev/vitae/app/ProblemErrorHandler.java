package dev.vitae.app;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's errors, those raised before a request reaches Javalin (a malformed request line, a URI or
 * headers too long, an idle timeout), as problem JSON instead of Jetty's HTML page. Jetty's message
 * names what was wrong; no stack or cause is shown.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String detail = message == null || message.isBlank() || message.equals(Problem.phrase(code))
                ? "the server could not read this request as HTTP/1.1" : message;
        byte[] body = Problem.of(code, detail).bytes();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
