package app.konqer.server.http;

import app.konqer.sdk.error.Problem;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler for the requests it rejects before they reach the app (an unparseable request line, an
 * ambiguous URI such as one with {@code %00} or {@code %2F} in its path, oversized headers): they get a problem
 * document and a request id as well, never an HTML page.
 *
 * <p>Every method gets the problem, not only the GET, POST and HEAD that Jetty's default handler answers with a body.
 * Such a request leaves the connection in a state Jetty does not reuse, so the answer says
 * {@code Connection: close}: a pooled client then opens a new connection for its next request instead of failing on
 * one the server has closed. A request line Jetty cannot read at all (which it answers with 505) is a 400
 * {@code bad_request}, and the response's status is always the problem's.
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

  /**
   * Every method gets its problem: Jetty's default writes a body for GET, POST and HEAD only, and would answer a
   * refused PATCH or PUT with an empty 400.
   *
   * @param method the request method
   * @return {@code true}
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    String requestId = UUID.randomUUID().toString();
    Problem problem = problem(code, message, requestId);
    response.setStatus(problem.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(RequestIds.HEADER, requestId);
    response.getHeaders().put(SecurityHeaders.CONTENT_TYPE_OPTIONS, "nosniff");
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    response.write(true, ByteBuffer.wrap(problems.toJson(problem).getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static Problem problem(int status, String message, String requestId) {
    String detail = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      return HttpErrors.badRequest("The request line is malformed: " + detail).toProblem(requestId);
    }
    return HttpErrors.forStatus(status, detail).toProblem(requestId);
  }
}
