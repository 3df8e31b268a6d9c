package app.konqer.sdk.http;

import app.konqer.sdk.auth.TokenProvider;
import app.konqer.sdk.validation.RequestValidator;
import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;

/**
 * Everything an {@link HttpTransport} needs besides its OkHttp client. {@code KonqerClient.Builder} fills this in;
 * applications configure the builder, not this record.
 *
 * @param baseUrl the API's base URL; request paths are appended to its path
 * @param tokens the bearer token source, or {@code null} for a client without credentials
 * @param userAgent the {@code User-Agent} header value
 * @param moshi the JSON configuration
 * @param validator validates request bodies before they are sent
 * @param maxRetries how many times a failed attempt may be retried, unless a call says otherwise
 * @param callTimeout the deadline of a whole call, retries included; {@link Duration#ZERO} for none
 * @param clock the time source for deadlines, elapsed times and HTTP-date {@code Retry-After}
 * @param sleeper waits between the attempts of blocking calls
 * @param scheduler schedules the next attempt of asynchronous calls
 * @param jitter numbers in {@code [0, 1)} choosing how much of the 25% jitter each backoff gets
 */
public record TransportSettings(
    HttpUrl baseUrl,
    TokenProvider tokens,
    String userAgent,
    Moshi moshi,
    RequestValidator validator,
    int maxRetries,
    Duration callTimeout,
    Clock clock,
    Sleeper sleeper,
    Scheduler scheduler,
    DoubleSupplier jitter) {

  /**
   * Checks that every required setting is present.
   *
   * @param baseUrl the API's base URL
   * @param tokens the bearer token source, or {@code null}
   * @param userAgent the {@code User-Agent} header value
   * @param moshi the JSON configuration
   * @param validator the request validator
   * @param maxRetries the default retry limit
   * @param callTimeout the default deadline of a call
   * @param clock the time source
   * @param sleeper the blocking waiter
   * @param scheduler the asynchronous scheduler
   * @param jitter the jitter source
   */
  public TransportSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(moshi, "moshi");
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(jitter, "jitter");
  }
}
