package app.konqer.server.auth;

import app.konqer.server.http.ApiError;

/** The errors a client sees when the identity provider cannot help with a request. */
final class IdentityProviderErrors {
  /** Seconds a client should wait before retrying when the identity provider is unavailable. */
  static final String RETRY_AFTER_SECONDS = "5";

  private IdentityProviderErrors() {}

  /**
   * A 503 {@code identity_provider_unavailable}: the identity provider could not be reached, or failed. The request
   * may succeed later, so the client keeps its tokens and retries after {@value #RETRY_AFTER_SECONDS} seconds.
   *
   * @param detail what could not be done, safe to show
   * @param cause the failure, for the server log
   * @return the error
   */
  static ApiError unavailable(String detail, Throwable cause) {
    return new ApiError(503, "identity_provider_unavailable", "Identity provider unavailable", detail)
        .withHeader("Retry-After", RETRY_AFTER_SECONDS)
        .withCause(cause);
  }

  /**
   * A 502 {@code identity_provider_error}: the identity provider answered in a way this server cannot use, such as
   * refusing the server's own client credentials. Retrying will not help until an operator fixes the configuration.
   *
   * @param detail what went wrong, safe to show
   * @return the error
   */
  static ApiError misbehaved(String detail) {
    return new ApiError(502, "identity_provider_error", "Identity provider error", detail);
  }

  /**
   * A 400: the identity provider refused the grant the client presented (an expired or reused code, a revoked
   * refresh token). The client must start again from the login.
   *
   * @param code the stable code, such as {@code token_exchange_refused}
   * @param title the title
   * @param detail what was refused and the identity provider's reason, safe to show
   * @return the error
   */
  static ApiError refused(String code, String title, String detail) {
    return new ApiError(400, code, title, detail);
  }
}
