package app.konqer.server.http;

import app.konqer.sdk.error.Problem;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler for the requests it rejects before they reach the app (an unparseable request line, an
 * ambiguous URI, oversized headers): they get a problem document and a request id as well, never an HTML page.
 */
public final class JettyProblems extends ErrorHandler {
  private final JsonAdapter<Problem> problems;

  /**
   * Creates the handler.
   *
   * @param moshi the Konqer Moshi
   */
  public JettyProblems(Moshi moshi) {
    this.problems = moshi.adapter(Problem.class);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    String requestId = UUID.randomUUID().toString();
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(RequestIds.HEADER, requestId);
    response.getHeaders().put(SecurityHeaders.CONTENT_TYPE_OPTIONS, "nosniff");
    response.write(true, body(code, message, requestId), callback);
  }

  private ByteBuffer body(int status, String message, String requestId) {
    String detail = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    Problem problem = HttpErrors.forStatus(status, detail).toProblem(requestId);
    return ByteBuffer.wrap(problems.toJson(problem).getBytes(StandardCharsets.UTF_8));
  }
}
