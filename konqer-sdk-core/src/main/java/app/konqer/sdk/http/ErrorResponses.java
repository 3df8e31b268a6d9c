package app.konqer.sdk.http;

import app.konqer.sdk.error.ApiException;
import app.konqer.sdk.error.AuthenticationException;
import app.konqer.sdk.error.BadRequestException;
import app.konqer.sdk.error.ConflictException;
import app.konqer.sdk.error.NotFoundException;
import app.konqer.sdk.error.PaymentRequiredException;
import app.konqer.sdk.error.PermissionDeniedException;
import app.konqer.sdk.error.Problem;
import app.konqer.sdk.error.RateLimitException;
import app.konqer.sdk.error.ServerException;
import app.konqer.sdk.error.ServiceLockedException;
import app.konqer.sdk.error.UnprocessableEntityException;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Turns an error response into the {@link ApiException} subclass for its status. The body is read as an
 * {@code application/problem+json} document when it is one; anything else (an HTML page from a proxy, an empty
 * body) is kept as the raw body, and a problem is built from the status line.
 */
final class ErrorResponses {
  private static final long MAX_BODY_BYTES = 1 << 20;

  private final JsonAdapter<Problem> problems;

  @SuppressWarnings("unchecked")
  ErrorResponses(JsonCodec codec) {
    this.problems = (JsonAdapter<Problem>) (JsonAdapter<?>) codec.adapter(Problem.class);
  }

  ApiException read(Response response, String requestId, Duration retryAfter) {
    String rawBody = rawBody(response.body());
    Problem problem = parse(response, rawBody);
    if (problem == null) {
      String title = response.message().isBlank() ? "HTTP " + response.code() : response.message();
      problem = new Problem("about:blank", title, response.code(), null, null, requestId, List.of(), null, null);
    } else if (problem.requestId() == null) {
      problem = problem.withRequestId(requestId);
    }
    return create(response.code(), problem, new HeaderMap(response.headers()), rawBody, retryAfter);
  }

  static ApiException create(
      int status, Problem problem, Map<String, List<String>> headers, String rawBody, Duration retryAfter) {
    return switch (status) {
      case 400 -> new BadRequestException(status, problem, headers, rawBody);
      case 401 -> new AuthenticationException(status, problem, headers, rawBody);
      case 402 -> new PaymentRequiredException(status, problem, headers, rawBody);
      case 403 -> ServiceLockedException.CODE.equals(problem.code())
          ? new ServiceLockedException(status, problem, headers, rawBody)
          : new PermissionDeniedException(status, problem, headers, rawBody);
      case 404 -> new NotFoundException(status, problem, headers, rawBody);
      case 409 -> new ConflictException(status, problem, headers, rawBody);
      case 422 -> new UnprocessableEntityException(status, problem, headers, rawBody);
      case 429 -> new RateLimitException(status, problem, headers, rawBody, retryAfter);
      default -> status >= 500 && status <= 599
          ? new ServerException(status, problem, headers, rawBody)
          : new ApiException(status, problem, headers, rawBody);
    };
  }

  private Problem parse(Response response, String rawBody) {
    if (!looksLikeJson(response.body(), rawBody)) {
      return null;
    }
    try {
      return problems.fromJson(rawBody);
    } catch (IOException | JsonDataException e) {
      return null;
    }
  }

  private static boolean looksLikeJson(ResponseBody body, String rawBody) {
    MediaType type = body == null ? null : body.contentType();
    if (type != null && type.subtype().contains("json")) {
      return true;
    }
    return rawBody.stripLeading().startsWith("{");
  }

  private static String rawBody(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try {
      BufferedSource source = body.source();
      source.request(MAX_BODY_BYTES);
      return source.getBuffer().readUtf8(Math.min(source.getBuffer().size(), MAX_BODY_BYTES));
    } catch (IOException e) {
      return "";
    }
  }
}
