package app.konqer.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OAuth2TokenProviderBuilderTest {
  private static final String ENDPOINT = "https://id.example.com/realms/konqer/protocol/openid-connect/token";

  @Test
  void needsExactlyOneOfTokenEndpointAndIssuer() {
    assertThatThrownBy(() -> OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Set exactly one of tokenEndpoint(...) and issuer(...)");
    assertThatThrownBy(() -> OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret")
        .tokenEndpoint(ENDPOINT)
        .issuer("https://id.example.com/realms/konqer")
        .build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRotationListenerBelongsToTheRefreshTokenGrant() {
    assertThatThrownBy(() -> OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret")
        .tokenEndpoint(ENDPOINT)
        .onRefreshTokenRotated(token -> {})
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refresh_token grant");
  }

  @Test
  void rejectsMissingCredentialsAndBadSettings() {
    assertThatThrownBy(() -> OAuth2TokenProvider.clientCredentials("crm-sync", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OAuth2TokenProvider.refreshToken("konqer-web", (String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> OAuth2TokenProvider.refreshToken("konqer-web",
        new TokenSet("access", "Bearer", 300L, null, null, null, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("refreshToken");
    assertThatThrownBy(() -> OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret").tokenEndpoint("ftp://x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret")
        .refreshSkew(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describesItselfWithoutSecrets() {
    OAuth2TokenProvider provider = OAuth2TokenProvider.refreshToken("konqer-web", "refresh-secret")
        .clientSecret("client-secret")
        .tokenEndpoint(ENDPOINT)
        .build();

    assertThat(provider.toString())
        .contains("refresh_token", "konqer-web", ENDPOINT)
        .doesNotContain("refresh-secret", "client-secret");
  }
}
