package app.konqer.server.auth;

/**
 * The body of an OAuth2 error response (RFC 6749 section 5.2).
 *
 * @param error the error code, such as {@code invalid_grant}
 * @param errorDescription a human-readable explanation, if given
 */
record OAuthErrorBody(String error, String errorDescription) {}
