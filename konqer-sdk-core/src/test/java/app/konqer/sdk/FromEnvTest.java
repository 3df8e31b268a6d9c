package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.error.KonqerException;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class FromEnvTest extends ServerTest {

  @Test
  void baseUrlAndApiTokenComeFromTheEnvironment() throws Exception {
    server.enqueue(Json.ok(Json.PROFILE));

    try (KonqerClient client = KonqerClient.fromEnv(Map.of(
        "KONQER_BASE_URL", baseUrl(), "KONQER_API_TOKEN", " env-token\n"))) {
      client.user().me();
    }

    assertThat(take().getHeader("Authorization")).isEqualTo("Bearer env-token");
  }

  @Test
  void withoutATokenTheClientCanStillUseTheTokenEndpoints() {
    try (KonqerClient client = KonqerClient.fromEnv(Map.of("KONQER_BASE_URL", baseUrl(), "KONQER_API_TOKEN", ""))) {
      assertThat(client.toString()).contains("credentials=none");
      assertThatThrownBy(() -> client.user().me()).hasMessageContaining("needs credentials");
    }
  }

  @Test
  void theDefaultBaseUrlIsProduction() {
    try (KonqerClient client = KonqerClient.fromEnv(Map.of())) {
      assertThat(client.toString()).contains("https://api.konqer.app");
    }
  }

  @Test
  void oauthClientCredentialsComeFromTheEnvironment() throws Exception {
    server.enqueue(Json.ok("{\"access_token\":\"oauth-at\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
    server.enqueue(Json.ok(Json.PROFILE));
    server.enqueue(Json.ok(Json.PROFILE));

    try (KonqerClient client = KonqerClient.fromEnv(Map.of("KONQER_BASE_URL", baseUrl(),
        "KONQER_TOKEN_URL", baseUrl() + "realms/konqer/protocol/openid-connect/token",
        "KONQER_CLIENT_ID", "crm-sync", "KONQER_CLIENT_SECRET", "s3cret"))) {
      client.user().me();
      client.user().me();
    }

    RecordedRequest token = take();
    assertThat(token.getPath()).isEqualTo("/realms/konqer/protocol/openid-connect/token");
    assertThat(token.getBody().readUtf8()).contains("grant_type=client_credentials");
    assertThat(take().getHeader("Authorization")).isEqualTo("Bearer oauth-at");
    assertThat(take().getHeader("Authorization")).as("the token is cached").isEqualTo("Bearer oauth-at");
  }

  @Test
  void anIncompleteOauthConfigurationFailsClearly() {
    assertThatThrownBy(() -> KonqerClient.fromEnv(Map.of("KONQER_TOKEN_URL", "https://sso.example/token",
        "KONQER_CLIENT_ID", "crm")))
        .isInstanceOf(KonqerException.class)
        .hasMessageContaining("KONQER_CLIENT_SECRET");
  }

  @Test
  void anExplicitApiTokenWinsOverOauthVariables() {
    try (KonqerClient client = KonqerClient.fromEnv(
        Map.of("KONQER_API_TOKEN", "t", "KONQER_TOKEN_URL", "https://sso.example/token"))) {
      assertThat(client.toString()).contains("credentials=set");
    }
  }

  @Test
  void theBuilderCanStartFromTheEnvironmentAndOverride() {
    try (KonqerClient client = KonqerClient.builder().fromEnv(Map.of("KONQER_BASE_URL", "http://localhost:7070"))
        .maxRetries(5).build()) {
      assertThat(client.toString()).contains("http://localhost:7070");
    }
  }
}
