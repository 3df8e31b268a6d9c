package app.konqer.sdk;

import app.konqer.sdk.auth.AuthApi;
import app.konqer.sdk.auth.StaticTokenProvider;
import app.konqer.sdk.auth.TokenProvider;
import app.konqer.sdk.error.KonqerException;
import app.konqer.sdk.http.HttpTransport;
import app.konqer.sdk.http.Scheduler;
import app.konqer.sdk.http.Sleeper;
import app.konqer.sdk.http.TransportSettings;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.user.UserApi;
import app.konqer.sdk.validation.RequestValidator;
import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Konqer API client. Thread-safe: build one and share it.
 *
 * <pre>{@code
 * try (KonqerClient client = KonqerClient.builder().bearerToken(token).build()) {
 *   UserProfile me = client.user().me();
 * }
 * }</pre>
 *
 * <p>Every call is retried on connection failures, timeouts, 408, 429, 500, 502, 503 and 504, with exponential backoff
 * and jitter, honouring {@code Retry-After}; a POST only with its {@code Idempotency-Key}, which the client
 * generates per call. A call sends at most {@code 1 + maxRetries} requests: OkHttp's own silent replays are turned
 * off, and a failure on a pooled connection that the server closed while idle is retried at once instead. A 409
 * {@code idempotency_in_progress} (the response to an earlier attempt was lost while the server still runs it) is
 * waited out as the server asks, up to the read timeout in all, without spending a retry. Errors are unchecked {@link KonqerException}s, one subclass per status. Each call has an
 * asynchronous form built on OkHttp's {@code enqueue}, and a form that returns the response metadata.
 *
 * <p>{@link #close()} releases what the client created: the OkHttp connection pool and dispatcher threads (unless
 * the caller supplied the OkHttp client) and the validator. Clients derived with {@link #withOptions(Consumer)}
 * share their parent's and close nothing of it; close the parent last.
 */
public final class KonqerClient implements AutoCloseable {
  /** The production API. */
  public static final String DEFAULT_BASE_URL = "https://api.konqer.app";
  /** Retries per call unless configured otherwise. */
  public static final int DEFAULT_MAX_RETRIES = 2;
  /** The connect timeout of a client that creates its own OkHttp client. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The read timeout of a client that creates its own OkHttp client; generations can take a while. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  /**
   * No whole-call deadline unless configured: each attempt is bounded by the connect, read and write timeouts, and
   * the retries by {@code maxRetries} and the 60-second cap on each wait. A deadline costs an OkHttp call timeout
   * per attempt (a watchdog wake-up, about 5 µs), which matters only for calls as fast as loopback.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ZERO;

  private final Builder settings;
  private final OkHttpClient root;
  private final boolean ownsRoot;
  private final RequestValidator validator;
  private final boolean ownsValidator;
  private final Moshi moshi;
  private final HttpTransport transport;
  private final UserApi user;
  private final AuthApi auth;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final KonqerClient parent;

  private KonqerClient(Builder builder, KonqerClient parent) {
    this.settings = new Builder(builder);
    this.parent = parent;
    HttpUrl baseUrl = HttpUrl.parse(builder.baseUrl);
    if (baseUrl == null) {
      throw new IllegalArgumentException("Not an http(s) URL: " + builder.baseUrl);
    }
    this.ownsRoot = builder.okHttpClient == null;
    this.root = ownsRoot ? newOkHttpClient() : builder.okHttpClient;
    this.ownsValidator = builder.requestValidator == null;
    this.validator = ownsValidator ? RequestValidator.detect() : builder.requestValidator;
    this.moshi = builder.moshi != null ? builder.moshi : KonqerJson.create();

    OkHttpClient.Builder http = root.newBuilder();
    if (builder.connectTimeout != null) {
      http.connectTimeout(builder.connectTimeout);
    }
    if (builder.readTimeout != null) {
      http.readTimeout(builder.readTimeout);
    }
    this.transport = new HttpTransport(http, new TransportSettings(baseUrl, builder.tokenProvider,
        HttpTransport.userAgent(builder.userAgentSuffix), moshi, validator, builder.maxRetries,
        builder.callTimeout, builder.clock, builder.sleeper, builder.scheduler, builder.jitter));
    this.user = new UserApi(this);
    this.auth = new AuthApi(this);
  }

  private static OkHttpClient newOkHttpClient() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(128);
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
        .readTimeout(DEFAULT_READ_TIMEOUT)
        .writeTimeout(DEFAULT_READ_TIMEOUT)
        .build();
  }

  /**
   * A builder with the defaults: the production URL, no credentials, 2 retries.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the process environment; see {@link Builder#fromEnv(Map)}.
   *
   * @return the client
   */
  public static KonqerClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * A client configured from environment variables; see {@link Builder#fromEnv(Map)}.
   *
   * @param env the variables, such as {@link System#getenv()}
   * @return the client
   */
  public static KonqerClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /**
   * A client with some settings changed, sharing this one's connection pool, dispatcher, JSON configuration and
   * validator. Cheap: derive one per tenant or per timeout profile.
   *
   * <pre>{@code
   * KonqerClient patient = client.withOptions(b -> b.callTimeout(Duration.ofMinutes(5)).maxRetries(4));
   * }</pre>
   *
   * @param changes applied to a builder holding this client's settings
   * @return the derived client; closing it leaves this one open
   */
  public KonqerClient withOptions(Consumer<Builder> changes) {
    Builder builder = new Builder(settings);
    builder.okHttpClient = root;
    builder.requestValidator = validator;
    builder.moshi = moshi;
    changes.accept(builder);
    return new KonqerClient(builder, this);
  }

  /**
   * The signed-in user's profile, subscriptions and services.
   *
   * @return the user API
   */
  public UserApi user() {
    return user;
  }

  /**
   * Konqer's token endpoints.
   *
   * @return the auth API
   */
  public AuthApi auth() {
    return auth;
  }

  /**
   * The JSON configuration, so that other modules decode with the same adapters.
   *
   * @return this client's Moshi
   */
  public Moshi moshi() {
    return moshi;
  }

  /**
   * Executes a call and returns its result.
   *
   * @param request the call
   * @param <T> the result type
   * @return the result
   * @throws KonqerException on failure: an {@link app.konqer.sdk.error.ApiException} subclass for an error status,
   *     {@link app.konqer.sdk.error.KonqerConnectionException}, {@link app.konqer.sdk.error.KonqerTimeoutException},
   *     {@link app.konqer.sdk.error.KonqerDecodeException} or
   *     {@link app.konqer.sdk.error.RequestValidationException}
   */
  public <T> T execute(ApiRequest<T> request) {
    return executeWithResponse(request).value();
  }

  /**
   * Executes a call and returns its result with the response metadata.
   *
   * @param request the call
   * @param <T> the result type
   * @return the result and its status, headers, request id, attempts and elapsed time
   * @throws KonqerException on failure, as for {@link #execute(ApiRequest)}
   */
  public <T> ApiResponse<T> executeWithResponse(ApiRequest<T> request) {
    ensureOpen();
    return transport.execute(request);
  }

  /**
   * Executes a call without blocking a thread, retries included.
   *
   * @param request the call
   * @param <T> the result type
   * @return a future of the result, failing with a {@link KonqerException}; cancelling it cancels the HTTP call
   */
  public <T> CompletableFuture<T> executeAsync(ApiRequest<T> request) {
    return executeAsync(request, ApiResponse::value);
  }

  /**
   * Executes a call without blocking a thread, and returns its result with the response metadata.
   *
   * @param request the call
   * @param <T> the result type
   * @return a future of the result and its metadata; cancelling it cancels the HTTP call
   */
  public <T> CompletableFuture<ApiResponse<T>> executeWithResponseAsync(ApiRequest<T> request) {
    return executeAsync(request, Function.identity());
  }

  private <T, R> CompletableFuture<R> executeAsync(ApiRequest<T> request, Function<ApiResponse<T>, R> finisher) {
    if (isClosed()) {
      return CompletableFuture.failedFuture(closedException());
    }
    return transport.executeAsync(request, finisher);
  }

  private void ensureOpen() {
    if (isClosed()) {
      throw closedException();
    }
  }

  private boolean isClosed() {
    return closed.get() || (parent != null && parent.isClosed());
  }

  private static IllegalStateException closedException() {
    return new IllegalStateException("This KonqerClient is closed");
  }

  /**
   * Releases what this client created: its OkHttp dispatcher threads and pooled connections (never those of an
   * OkHttp client the caller supplied, nor a parent's) and its validator. Calls already running may fail. Calling it
   * again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (ownsRoot) {
      root.dispatcher().executorService().shutdown();
      root.connectionPool().evictAll();
    }
    if (ownsValidator) {
      validator.close();
    }
  }

  @Override
  public String toString() {
    return "KonqerClient[baseUrl=" + settings.baseUrl + ", credentials="
        + (settings.tokenProvider == null ? "none" : "set") + "]";
  }

  /**
   * Configures a {@link KonqerClient}. Every setting has a default, so {@code KonqerClient.builder().build()} works
   * (against production, without credentials). Not thread-safe.
   */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private TokenProvider tokenProvider;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private String userAgentSuffix;
    private OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private Scheduler scheduler = Scheduler.system();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private Moshi moshi;
    private RequestValidator requestValidator;

    private Builder() {}

    private Builder(Builder other) {
      baseUrl = other.baseUrl;
      tokenProvider = other.tokenProvider;
      connectTimeout = other.connectTimeout;
      readTimeout = other.readTimeout;
      callTimeout = other.callTimeout;
      maxRetries = other.maxRetries;
      userAgentSuffix = other.userAgentSuffix;
      okHttpClient = other.okHttpClient;
      clock = other.clock;
      sleeper = other.sleeper;
      scheduler = other.scheduler;
      jitter = other.jitter;
      moshi = other.moshi;
      requestValidator = other.requestValidator;
    }

    /**
     * Reads the settings found in environment variables. Variables that are absent or blank leave the setting as it
     * is.
     *
     * <ul>
     *   <li>{@code KONQER_BASE_URL}: the base URL;
     *   <li>{@code KONQER_API_TOKEN}: a static bearer token; or else
     *   <li>{@code KONQER_TOKEN_URL}, {@code KONQER_CLIENT_ID} and {@code KONQER_CLIENT_SECRET}: tokens from an
     *       OAuth2 token endpoint with the client-credentials grant, cached and refreshed ahead of expiry.
     * </ul>
     *
     * @param env the variables, such as {@link System#getenv()}
     * @return this builder
     * @throws KonqerException when {@code KONQER_TOKEN_URL} is set without the client id or secret
     */
    public Builder fromEnv(Map<String, String> env) {
      Objects.requireNonNull(env, "env");
      String url = env.get("KONQER_BASE_URL");
      if (url != null && !url.isBlank()) {
        baseUrl(url.strip());
      }
      EnvironmentCredentials.resolve(env).ifPresent(this::tokenProvider);
      return this;
    }

    /**
     * Sets the API's base URL. Request paths are appended to its path, so {@code https://host/api} works too.
     *
     * @param baseUrl an http or https URL; default {@value KonqerClient#DEFAULT_BASE_URL}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      if (HttpUrl.parse(baseUrl) == null) {
        throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets where bearer tokens come from, such as an OAuth2 provider that refreshes them.
     *
     * @param tokenProvider the provider
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider tokenProvider) {
      this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
      return this;
    }

    /**
     * Sets a fixed bearer token; see {@link StaticTokenProvider}.
     *
     * @param token the access token, without {@code Bearer }; surrounding whitespace is ignored
     * @return this builder
     * @throws IllegalArgumentException if the token is blank or contains whitespace
     */
    public Builder bearerToken(String token) {
      this.tokenProvider = new StaticTokenProvider(Objects.requireNonNull(token, "token").strip());
      return this;
    }

    /**
     * Sets the TCP and TLS connect timeout of each attempt.
     *
     * @param timeout the timeout; default {@code 10 s}, or the supplied OkHttp client's
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the longest wait for the next bytes of a response.
     *
     * @param timeout the timeout; default {@code 60 s}, or the supplied OkHttp client's
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the deadline of a whole call, retries and waits included. No attempt runs and no wait lasts past it.
     *
     * @param timeout the deadline, or {@link Duration#ZERO} for none (the default)
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("callTimeout must not be negative: " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Sets how many times a failed attempt may be retried.
     *
     * @param maxRetries zero or more; default {@value KonqerClient#DEFAULT_MAX_RETRIES}
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Adds a product token to the {@code User-Agent}, such as {@code acme-crm/2.1}.
     *
     * @param suffix the token
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = Objects.requireNonNull(suffix, "suffix");
      return this;
    }

    /**
     * Sends with the caller's OkHttp client, to share its pool, dispatcher, timeouts, interceptors, proxy, TLS or
     * event listener settings. The client derives its own with {@link OkHttpClient#newBuilder()}, so retries, auth
     * and logging still apply and the caller's client is left unchanged; {@link KonqerClient#close()} never closes
     * it. The one setting the derived client overrides is {@link OkHttpClient#retryOnConnectionFailure()}, turned
     * off: the Konqer client retries by its own rules, with the idempotency key, and counts every attempt against
     * {@link #maxRetries(int)}.
     *
     * @param client the OkHttp client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the clock for deadlines, elapsed times and HTTP-date {@code Retry-After} values.
     *
     * @param clock the clock; default {@link Clock#systemUTC()}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how blocking calls wait between attempts.
     *
     * @param sleeper the sleeper; default {@link Sleeper#system()}
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets how asynchronous calls schedule their next attempt.
     *
     * @param scheduler the scheduler; default {@link Scheduler#system()}
     * @return this builder
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Sets the randomness of the backoff jitter.
     *
     * @param jitter numbers in {@code [0, 1)}: the fraction of the maximum 25% by which each backoff is shortened;
     *     default uniform random
     * @return this builder
     */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    /**
     * Sets the JSON configuration. Start from {@link KonqerJson#builder()} to keep the wire format.
     *
     * @param moshi the Moshi instance; default {@link KonqerJson#create()}
     * @return this builder
     */
    public Builder moshi(Moshi moshi) {
      this.moshi = Objects.requireNonNull(moshi, "moshi");
      return this;
    }

    /**
     * Sets how request bodies are validated before they are sent. The client does not close a validator it is
     * given.
     *
     * @param validator the validator; default {@link RequestValidator#detect()}, or
     *     {@link RequestValidator#none()} to leave validation to the server
     * @return this builder
     */
    public Builder requestValidator(RequestValidator validator) {
      this.requestValidator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client; close it when done
     */
    public KonqerClient build() {
      return new KonqerClient(this, null);
    }
  }
}
