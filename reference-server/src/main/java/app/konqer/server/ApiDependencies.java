package app.konqer.server;

import app.konqer.server.auth.AuthRoutes;
import app.konqer.server.auth.TokenVerifier;
import app.konqer.server.billing.BillingSetup;
import app.konqer.server.db.Database;
import app.konqer.server.generation.GenerationParts;
import app.konqer.server.limits.LimitSettings;
import app.konqer.server.operations.Metrics;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the HTTP API is built from. Production assembles it in {@link ServerAssembly}; tests pass their own
 * database, token verifier and clock.
 *
 * @param database the database
 * @param verifier verifies bearer tokens
 * @param auth the {@code /auth/*} endpoints
 * @param clock the current time
 * @param metrics the metrics registry
 * @param validator validates request bodies
 * @param version the server version, reported by {@code /health}
 * @param maxBodyBytes the largest accepted request body
 * @param shutdownGrace how long in-flight requests may run on after a stop is requested
 * @param generation what generation is built from: the generator, enrichment, objection planner and prompts
 * @param billing how billing is set up: Stripe, the dev checkout, or none
 * @param limits the per-IP and per-user request rate limits
 */
public record ApiDependencies(
    Database database,
    TokenVerifier verifier,
    AuthRoutes auth,
    Clock clock,
    Metrics metrics,
    Validator validator,
    String version,
    long maxBodyBytes,
    Duration shutdownGrace,
    GenerationParts generation,
    BillingSetup billing,
    LimitSettings limits) {

  /**
   * Everything but the rate limits, which are off.
   *
   * @param database the database
   * @param verifier verifies bearer tokens
   * @param auth the {@code /auth/*} endpoints
   * @param clock the current time
   * @param metrics the metrics registry
   * @param validator validates request bodies
   * @param version the server version, reported by {@code /health}
   * @param maxBodyBytes the largest accepted request body
   * @param shutdownGrace how long in-flight requests may run on after a stop is requested
   * @param generation what generation is built from
   * @param billing how billing is set up
   */
  public ApiDependencies(Database database, TokenVerifier verifier, AuthRoutes auth, Clock clock, Metrics metrics,
      Validator validator, String version, long maxBodyBytes, Duration shutdownGrace, GenerationParts generation,
      BillingSetup billing) {
    this(database, verifier, auth, clock, metrics, validator, version, maxBodyBytes, shutdownGrace, generation,
        billing, LimitSettings.OFF);
  }

  /**
   * These dependencies with other rate limits.
   *
   * @param settings the limits
   * @return a copy
   */
  public ApiDependencies withLimits(LimitSettings settings) {
    return new ApiDependencies(database, verifier, auth, clock, metrics, validator, version, maxBodyBytes,
        shutdownGrace, generation, billing, settings);
  }
}
