package app.konqer.sdk;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Options for one call, overriding the client's settings: a timeout, extra headers, an idempotency key and the
 * number of retries. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .timeout(Duration.ofSeconds(30))
 *     .idempotencyKey("order-4711-dm")
 *     .maxRetries(5)
 *     .build();
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final Duration timeout;
  private final Map<String, String> headers;
  private final String idempotencyKey;
  private final boolean idempotencyKeyDisabled;
  private final Integer maxRetries;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.idempotencyKey = builder.idempotencyKey;
    this.idempotencyKeyDisabled = builder.idempotencyKeyDisabled;
    this.maxRetries = builder.maxRetries;
  }

  /**
   * No options: every setting comes from the client.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.timeout = timeout;
    builder.headers.putAll(headers);
    builder.idempotencyKey = idempotencyKey;
    builder.idempotencyKeyDisabled = idempotencyKeyDisabled;
    builder.maxRetries = maxRetries;
    return builder;
  }

  /**
   * The deadline of the whole call, retries and waits included.
   *
   * @return the timeout, or empty to use the client's {@code callTimeout}; {@link Duration#ZERO} means none
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Headers to add to the request, replacing any of the same name.
   *
   * @return an unmodifiable map in insertion order
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The idempotency key to send with a POST or PATCH, the same on every attempt.
   *
   * @return the caller's key, or empty to let the client generate one (unless {@link #idempotencyKeyDisabled()})
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * Whether a POST or PATCH is sent without an idempotency key, and therefore at most once.
   *
   * @return {@code true} after {@link Builder#noIdempotencyKey()}
   */
  public boolean idempotencyKeyDisabled() {
    return idempotencyKeyDisabled;
  }

  /**
   * How many times a failed attempt may be retried.
   *
   * @return the limit, or empty to use the client's {@code maxRetries}
   */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  @Override
  public String toString() {
    return "RequestOptions[timeout=" + timeout + ", headers=" + headers.keySet() + ", idempotencyKey="
        + (idempotencyKeyDisabled ? "none" : idempotencyKey == null ? "generated" : idempotencyKey)
        + ", maxRetries=" + maxRetries + "]";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String idempotencyKey;
    private boolean idempotencyKeyDisabled;
    private Integer maxRetries;

    private Builder() {}

    /**
     * Sets the deadline of the whole call, retries and waits included.
     *
     * @param timeout a positive duration, or {@link Duration#ZERO} for no deadline
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must not be negative: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Adds a header, replacing any earlier one of the same name. An {@code Idempotency-Key} header is taken as
     * {@link #idempotencyKey(String)}.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (IDEMPOTENCY_KEY.equalsIgnoreCase(name)) {
        return idempotencyKey(value);
      }
      headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      headers.put(name, value);
      return this;
    }

    /**
     * Sets the idempotency key of a POST or PATCH. The same key is sent on every attempt, and the server answers a
     * repeated key with the first response instead of acting twice.
     *
     * @param key at most 255 characters, unique per logical operation
     * @return this builder
     */
    public Builder idempotencyKey(String key) {
      Objects.requireNonNull(key, "key");
      if (key.isBlank() || key.length() > 255) {
        throw new IllegalArgumentException("An idempotency key has 1 to 255 characters");
      }
      this.idempotencyKey = key;
      this.idempotencyKeyDisabled = false;
      return this;
    }

    /**
     * Sends a POST or PATCH without an idempotency key. Such a request is never retried, not even by OkHttp's
     * transparent connection retry, because the server could act on it twice.
     *
     * @return this builder
     */
    public Builder noIdempotencyKey() {
      this.idempotencyKey = null;
      this.idempotencyKeyDisabled = true;
      return this;
    }

    /**
     * Sets how many times a failed attempt may be retried.
     *
     * @param maxRetries zero or more
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
     * Builds the options.
     *
     * @return immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
