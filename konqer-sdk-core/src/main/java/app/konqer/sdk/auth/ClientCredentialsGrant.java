package app.konqer.sdk.auth;

import okhttp3.FormBody;

/** The {@code client_credentials} grant (RFC 6749 section 4.4): the client acts on its own behalf. */
final class ClientCredentialsGrant implements Grant {

  @Override
  public String type() {
    return "client_credentials";
  }

  @Override
  public void addParameters(FormBody.Builder form) {
    form.add("grant_type", "client_credentials");
  }
}
