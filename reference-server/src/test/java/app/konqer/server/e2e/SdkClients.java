package app.konqer.server.e2e;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.auth.TokenSet;
import app.konqer.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * SDK clients of a {@link TestServer}, signed in as a CRM integration would be in dev mode: a token minted with
 * {@code client.auth().devToken(...)}, then a client that sends it. Register after the server; closes every client
 * it made.
 */
final class SdkClients implements AfterAllCallback {
  private final TestServer server;
  private final List<KonqerClient> clients = new ArrayList<>();

  SdkClients(TestServer server) {
    this.server = server;
  }

  /** A client without credentials. */
  KonqerClient anonymous() {
    return keep(KonqerClient.builder().baseUrl(server.server().url().toString()).build());
  }

  /** A client signed in as the user with this e-mail address, created on its first request. */
  KonqerClient signedIn(String email, String name) {
    TokenSet tokens = anonymous().auth().devToken(new DevTokenRequest(email, name, List.of()));
    return keep(KonqerClient.builder()
        .baseUrl(server.server().url().toString())
        .bearerToken(tokens.accessToken())
        .build());
  }

  private KonqerClient keep(KonqerClient client) {
    clients.add(client);
    return client;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    clients.forEach(KonqerClient::close);
  }
}
