package app.konqer.sdk.http;

import app.konqer.sdk.ApiRequest;
import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.HttpMethod;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.auth.StaticTokenProvider;
import app.konqer.sdk.error.KonqerException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The engine under {@code KonqerClient}: turns an {@link ApiRequest} into HTTP attempts and the attempts into a
 * typed result or a typed exception. Applications use {@code KonqerClient}; this class is public so that the client
 * can assemble it.
 *
 * <p>Each concern has one home. A call runs through three stages:
 *
 * <ol>
 *   <li>once per call, in {@code exchange}: validation, the JSON body, and the headers that stay the same on every
 *       attempt ({@code User-Agent}, {@code X-Request-Id}, {@code Idempotency-Key}, the caller's extras, and the
 *       bearer token of a {@link StaticTokenProvider}, which never changes and has no other token to replay a 401
 *       with);
 *   <li>once per attempt, the OkHttp interceptors, and only where they have work: the bearer token of any other
 *       provider, with the 401 replay (on the clients for authenticated calls), and for an asynchronous call the
 *       request id in the MDC of the dispatcher thread that runs the attempt;
 *   <li>around the attempts, the retry loop of {@code Exchange}, which also logs each attempt and, for a blocking
 *       call, keeps the request id in the MDC throughout. It is not an interceptor, so that an asynchronous call's
 *       backoff is a scheduled task instead of a blocked dispatcher thread.
 * </ol>
 *
 * <p>A blocking call with a static token thus runs through no interceptor of the SDK's but {@code WireAttempts}.
 *
 * <p>OkHttp sends nothing again by itself: the transport turns off its {@code retryOnConnectionFailure} and its
 * network interceptor {@code WireAttempts} holds back the one replay no setting turns off, so that every request
 * on the wire is an attempt of the retry loop.
 *
 * <p>Errors are mapped by {@code ErrorResponses}, JSON by {@code JsonCodec}.
 */
public final class HttpTransport {
  private static final String USER_AGENT = "User-Agent";
  private static final String ACCEPT = "Accept";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final String AUTHORIZATION = "Authorization";
  private static final String NO_CREDENTIALS = "This call needs credentials: set tokenProvider(...) or "
      + "bearerToken(...) on KonqerClient.builder(), or KONQER_API_TOKEN for KonqerClient.fromEnv()";

  /** Blocking calls: without a credential, and with the caller's. */
  private final OkHttpClient anonymous;
  private final OkHttpClient authenticated;
  /** Asynchronous calls: the same, with the request id in the MDC of the dispatcher thread. */
  private final OkHttpClient anonymousAsync;
  private final OkHttpClient authenticatedAsync;
  final Clock clock;
  final Sleeper sleeper;
  final JsonCodec codec;
  final ErrorResponses errors;
  final RetryPolicy retryPolicy;
  private final TransportSettings settings;
  private final RandomIds ids = new RandomIds();
  private final PathUrls paths;
  /** {@code Bearer <token>} of a {@link StaticTokenProvider}, sent with the call's other headers; else null. */
  private final String staticAuthorization;

  /**
   * Assembles the transport.
   *
   * @param http a builder of the OkHttp client to send with, already carrying the pool, dispatcher and timeouts;
   *     the Konqer interceptors are added to it, and its {@code retryOnConnectionFailure} is turned off
   * @param settings the rest of the configuration
   */
  public HttpTransport(OkHttpClient.Builder http, TransportSettings settings) {
    this.settings = settings;
    this.paths = new PathUrls(settings.baseUrl());
    http.retryOnConnectionFailure(false); // every attempt is one of the retry loop's, counted against maxRetries
    http.networkInterceptors().add(0, new WireAttempts());
    OkHttpClient base = http.build();
    this.staticAuthorization = settings.tokens() instanceof StaticTokenProvider fixed
        ? "Bearer " + fixed.token() : null;
    AuthInterceptor auth = settings.tokens() == null || staticAuthorization != null
        ? null : new AuthInterceptor(settings.tokens());
    this.anonymous = base;
    this.anonymousAsync = withInterceptors(base, new RequestIdInterceptor(), null);
    this.authenticated = auth == null ? anonymous : withInterceptors(base, null, auth);
    this.authenticatedAsync = auth == null ? anonymousAsync : withInterceptors(base, new RequestIdInterceptor(), auth);
    this.clock = settings.clock();
    this.sleeper = settings.sleeper();
    this.codec = new JsonCodec(settings.moshi());
    this.errors = new ErrorResponses(codec);
    this.retryPolicy = new RetryPolicy(settings.clock(), settings.jitter());
  }

  /**
   * A client with the Konqer interceptors, which each attempt passes after any interceptor of the caller's own
   * OkHttp client. All the transport's clients share one connection pool and dispatcher.
   *
   * @param requestId the MDC step of asynchronous calls, or {@code null}
   * @param auth the authentication step, or {@code null}
   */
  private static OkHttpClient withInterceptors(OkHttpClient base, RequestIdInterceptor requestId,
      AuthInterceptor auth) {
    OkHttpClient.Builder http = base.newBuilder();
    if (requestId != null) {
      http.addInterceptor(requestId); // the call's request id in the dispatcher thread's MDC during the attempt
    }
    if (auth != null) {
      http.addInterceptor(auth); // bearer token; on 401 invalidate and replay once
    }
    return http.build();
  }

  /**
   * The User-Agent this SDK sends.
   *
   * @param suffix the caller's product token, or {@code null}
   * @return {@code konqer-java/<sdk version> java/<java version>}, followed by the suffix
   */
  public static String userAgent(String suffix) {
    return UserAgent.of(suffix);
  }

  /**
   * Executes a call, blocking until it has succeeded or failed for good.
   *
   * @param request the call
   * @param <T> the result type
   * @return the result and its metadata
   * @throws KonqerException on failure; see the subclasses
   */
  public <T> ApiResponse<T> execute(ApiRequest<T> request) {
    return exchange(request, false).await();
  }

  /**
   * Executes a call without blocking.
   *
   * @param request the call
   * @param finisher what the future completes with, given the response
   * @param <T> the result type
   * @param <R> the future's type
   * @return a future that fails with a {@link KonqerException}, and whose cancellation cancels the HTTP call
   */
  public <T, R> CompletableFuture<R> executeAsync(
      ApiRequest<T> request, Function<ApiResponse<T>, R> finisher) {
    Exchange<T> exchange;
    try {
      exchange = exchange(request, true);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return new AsyncExchange<>(exchange, settings.scheduler(), finisher).start();
  }

  private <T> Exchange<T> exchange(ApiRequest<T> api, boolean async) {
    if (api.authenticated() && settings.tokens() == null) {
      throw new KonqerException(NO_CREDENTIALS);
    }
    RequestOptions options = api.options();
    HttpMethod method = api.method();
    Object body = api.body();
    if (body != null) {
      settings.validator().validate(body);
    }
    String idempotencyKey = idempotencyKey(method, options);
    boolean replayable = method.isIdempotent() || idempotencyKey != null;

    Request.Builder request = new Request.Builder().url(url(api));
    String requestId = callHeaders(request, options, idempotencyKey);
    if (api.authenticated() && staticAuthorization != null) {
      request.header(AUTHORIZATION, staticAuthorization);
    }
    request.method(method.name(), body(method, body, replayable));

    int maxRetries = options.maxRetries().orElse(settings.maxRetries());
    Duration timeout = options.timeout().orElse(settings.callTimeout());
    OkHttpClient http = api.authenticated()
        ? (async ? authenticatedAsync : authenticated)
        : (async ? anonymousAsync : anonymous);
    return new Exchange<>(
        this, http, api, request.build(), requestId, replayable, maxRetries, timeout, clock.millis());
  }

  /**
   * Adds the headers that stay the same on every attempt: the caller's extras, then whichever of
   * {@code X-Request-Id}, {@code User-Agent} and {@code Accept} the caller did not set, and the idempotency key.
   *
   * @return the call's request id
   */
  private String callHeaders(Request.Builder request, RequestOptions options, String idempotencyKey) {
    String requestId = null;
    boolean userAgent = false;
    boolean accept = false;
    Map<String, String> extras = options.headers();
    if (!extras.isEmpty()) {
      for (Map.Entry<String, String> header : extras.entrySet()) {
        String name = header.getKey();
        request.addHeader(name, header.getValue());
        if (name.equalsIgnoreCase(RequestIdInterceptor.HEADER)) {
          requestId = header.getValue();
        }
        userAgent |= name.equalsIgnoreCase(USER_AGENT);
        accept |= name.equalsIgnoreCase(ACCEPT);
      }
    }
    if (requestId == null) {
      requestId = ids.next();
      request.addHeader(RequestIdInterceptor.HEADER, requestId);
    }
    if (!userAgent) {
      request.addHeader(USER_AGENT, settings.userAgent());
    }
    if (!accept) {
      request.addHeader(ACCEPT, "application/json");
    }
    if (idempotencyKey != null) {
      request.addHeader(IDEMPOTENCY_KEY, idempotencyKey);
    }
    return requestId;
  }

  /**
   * The caller's key; else, for a POST or PATCH, a new UUID that every attempt of this call shares (unless the
   * caller opted out); else none.
   */
  private String idempotencyKey(HttpMethod method, RequestOptions options) {
    if (options.idempotencyKey().isPresent()) {
      return options.idempotencyKey().get();
    }
    return method.isIdempotent() || options.idempotencyKeyDisabled() ? null : ids.next();
  }

  private HttpUrl url(ApiRequest<?> api) {
    HttpUrl path = paths.resolve(api.path());
    List<Map.Entry<String, String>> query = api.queryParameters();
    if (query.isEmpty()) {
      return path;
    }
    HttpUrl.Builder url = path.newBuilder();
    for (Map.Entry<String, String> parameter : query) {
      url.addQueryParameter(parameter.getKey(), parameter.getValue());
    }
    return url.build();
  }

  private RequestBody body(HttpMethod method, Object body, boolean replayable) {
    if (body != null) {
      return new JsonBody(codec.encode(body), !replayable);
    }
    return method.hasBody() ? JsonBody.empty() : null;
  }
}
