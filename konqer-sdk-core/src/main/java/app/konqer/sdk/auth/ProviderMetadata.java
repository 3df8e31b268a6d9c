package app.konqer.sdk.auth;

/**
 * The members of an OpenID Provider's discovery document that the SDK uses.
 *
 * @param issuer the issuer identifier, which must equal the URL the document was fetched for
 * @param tokenEndpoint the token endpoint URL
 */
record ProviderMetadata(String issuer, String tokenEndpoint) {}
