package app.konqer.sdk.auth;

import okhttp3.FormBody;

/** One OAuth2 grant: the form parameters that ask the token endpoint for a token, and what to keep from its answer. */
interface Grant {

  /**
   * The {@code grant_type} value, also used in log lines and messages.
   *
   * @return the grant type
   */
  String type();

  /**
   * Adds {@code grant_type} and the grant's own parameters.
   *
   * @param form the token request's form
   */
  void addParameters(FormBody.Builder form);

  /**
   * Takes what the grant needs from a successful answer. Called while the provider holds its refresh lock.
   *
   * @param tokens the endpoint's answer
   */
  default void accept(TokenSet tokens) {}
}
