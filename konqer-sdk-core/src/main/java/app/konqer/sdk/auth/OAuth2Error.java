package app.konqer.sdk.auth;

/**
 * An OAuth2 error response (RFC 6749 section 5.2).
 *
 * @param error the error code, such as {@code invalid_grant}
 * @param errorDescription a human-readable explanation
 */
record OAuth2Error(String error, String errorDescription) {
  static final OAuth2Error NONE = new OAuth2Error(null, null);
}
