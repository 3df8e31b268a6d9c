package app.konqer.sdk.auth;

import app.konqer.sdk.error.KonqerException;
import app.konqer.sdk.json.KonqerJson;
import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenProvider} that obtains access tokens from an OAuth2 / OpenID Connect token endpoint, such as
 * Keycloak's {@code /realms/<realm>/protocol/openid-connect/token}, with the {@code client_credentials} or the
 * {@code refresh_token} grant.
 *
 * <pre>{@code
 * TokenProvider service = OAuth2TokenProvider.clientCredentials("crm-sync", secret)
 *     .tokenEndpoint("https://id.example.com/realms/konqer/protocol/openid-connect/token")
 *     .build();
 *
 * TokenProvider user = OAuth2TokenProvider.refreshToken("konqer-web", savedRefreshToken)
 *     .issuer("https://id.example.com/realms/konqer")
 *     .onRefreshTokenRotated(vault::saveRefreshToken)
 *     .build();
 * }</pre>
 *
 * <p><b>Caching.</b> A token is kept until it is within the {@linkplain Builder#refreshSkew(Duration) refresh skew}
 * (60 seconds by default) of its {@code expires_in}; until then {@link #token()} returns it without I/O or locking.
 * A token whose whole lifetime is shorter than twice the skew is refreshed half-way through its life. A token issued
 * without {@code expires_in} is kept until {@link #invalidate(String)} retires it.
 *
 * <p><b>Single flight.</b> When the token must be fetched, one caller asks the endpoint while the others wait for
 * its outcome: they all receive the same new token, or the same {@link TokenEndpointException}. No caller waits
 * behind a second fetch that was started because the first one failed.
 *
 * <p><b>Refresh failures.</b> If fetching a replacement fails while the cached token has not yet expired (it is only
 * inside the skew window), the cached token is returned, a warning is logged, and the next attempt is made half-way
 * to its expiry (but at least one second later). Once the token has expired, the failure is thrown.
 *
 * <p><b>Rotation.</b> With the refresh-token grant, a new {@code refresh_token} in the endpoint's answer replaces the
 * old one for all later refreshes and is passed to the {@linkplain Builder#onRefreshTokenRotated(Consumer) listener},
 * so that the application can save it.
 *
 * <p>Instances are thread-safe. Log lines (slf4j, DEBUG) name the grant and the expiry, never a token or secret.
 */
public final class OAuth2TokenProvider implements TokenProvider {
  private static final Logger log = LoggerFactory.getLogger(OAuth2TokenProvider.class);

  private final TokenEndpoint endpoint;
  private final Grant grant;
  private final TokenCache cache;

  private OAuth2TokenProvider(Builder builder, TokenEndpoint endpoint, Grant grant) {
    this.endpoint = endpoint;
    this.grant = grant;
    String scope = builder.scope;
    this.cache = new TokenCache(
        () -> endpoint.request(grant, scope), this::fetched, builder.clock, builder.refreshSkew.toMillis());
    if (builder.initialTokens != null && builder.initialTokens.accessToken() != null) {
      cache.seed(builder.initialTokens);
    }
  }

  /**
   * Starts a provider for the {@code client_credentials} grant: the client acts on its own behalf, authenticated by
   * its id and secret.
   *
   * @param clientId the OAuth2 client id
   * @param clientSecret the client secret
   * @return a builder; set at least the {@linkplain Builder#tokenEndpoint(String) token endpoint}
   */
  public static Builder clientCredentials(String clientId, String clientSecret) {
    return new Builder(clientId, null, null).clientSecret(requireText(clientSecret, "clientSecret"));
  }

  /**
   * Starts a provider for the {@code refresh_token} grant, from a refresh token obtained elsewhere, for example by
   * the authorization-code flow. The first {@link #token()} call uses it to fetch an access token.
   *
   * @param clientId the OAuth2 client id the refresh token was issued to
   * @param refreshToken the refresh token
   * @return a builder; set at least the {@linkplain Builder#tokenEndpoint(String) token endpoint}, and a
   *     {@linkplain Builder#clientSecret(String) secret} for a confidential client
   */
  public static Builder refreshToken(String clientId, String refreshToken) {
    return new Builder(clientId, requireText(refreshToken, "refreshToken"), null);
  }

  /**
   * Starts a provider for the {@code refresh_token} grant from tokens just issued, such as those returned by the
   * authorization-code exchange. The access token in {@code tokens} is used until it is due for refresh, counting
   * its {@code expires_in} from when {@link Builder#build()} runs.
   *
   * @param clientId the OAuth2 client id the tokens were issued to
   * @param tokens tokens with a refresh token, and usually an access token
   * @return a builder; set at least the {@linkplain Builder#tokenEndpoint(String) token endpoint}
   */
  public static Builder refreshToken(String clientId, TokenSet tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return new Builder(clientId, requireText(tokens.refreshToken(), "tokens.refreshToken"), tokens);
  }

  /**
   * Returns a valid access token: the cached one when it is not yet due for refresh, otherwise a new one from the
   * token endpoint.
   *
   * @return the access token, without the {@code Bearer } prefix
   * @throws TokenRefusedException if the endpoint refused the grant, for example {@code invalid_client} or
   *     {@code invalid_grant}
   * @throws TokenEndpointUnavailableException if the endpoint could not be reached or was temporarily unavailable
   * @throws TokenEndpointException if the endpoint's answer held no usable token
   * @throws KonqerException if the thread was interrupted while waiting for another caller's fetch
   */
  @Override
  public String token() {
    return cache.token();
  }

  /**
   * Drops the cached token if it is still {@code token}, so that the next {@link #token()} fetches a new one. A late
   * 401 for a token that has already been replaced does not discard its replacement.
   *
   * @param token the token the API refused
   */
  @Override
  public void invalidate(String token) {
    cache.invalidate(token);
  }

  private void fetched(TokenSet tokens) {
    log.debug("Fetched an access token with the {} grant, expiring in {}", grant.type(),
        tokens.expiresIn() == null ? "(no expires_in)" : tokens.expiresIn() + " s");
    grant.accept(tokens);
  }

  /** Names the grant and the endpoint, never a token or secret. */
  @Override
  public String toString() {
    return "OAuth2TokenProvider[grant=" + grant.type() + ", endpoint=" + endpoint + "]";
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }

  /**
   * Configures an {@link OAuth2TokenProvider}. Start with {@link OAuth2TokenProvider#clientCredentials} or
   * {@link OAuth2TokenProvider#refreshToken}; set the {@linkplain #tokenEndpoint(String) token endpoint} or the
   * {@linkplain #issuer(String) issuer}; everything else has a default.
   */
  public static final class Builder {
    private final String clientId;
    private final String refreshToken;
    private final TokenSet initialTokens;
    private String clientSecret;
    private ClientAuthentication clientAuthentication = ClientAuthentication.CLIENT_SECRET_BASIC;
    private HttpUrl tokenEndpoint;
    private HttpUrl issuer;
    private String scope;
    private OkHttpClient httpClient;
    private Clock clock = Clock.systemUTC();
    private Duration refreshSkew = Duration.ofSeconds(60);
    private Moshi moshi;
    private Consumer<String> onRefreshTokenRotated;

    private Builder(String clientId, String refreshToken, TokenSet initialTokens) {
      this.clientId = requireText(clientId, "clientId");
      this.refreshToken = refreshToken;
      this.initialTokens = initialTokens;
    }

    /**
     * The token endpoint URL, for example
     * {@code https://id.example.com/realms/konqer/protocol/openid-connect/token}.
     *
     * @param url an http or https URL
     * @return this builder
     * @throws IllegalArgumentException if {@code url} is not an http or https URL
     */
    public Builder tokenEndpoint(String url) {
      this.tokenEndpoint = HttpUrl.get(Objects.requireNonNull(url, "url"));
      return this;
    }

    /**
     * The OpenID Connect issuer, for example {@code https://id.example.com/realms/konqer}, as an alternative to
     * {@link #tokenEndpoint(String)}. The token endpoint is read from the issuer's
     * {@code /.well-known/openid-configuration} on the first fetch, and the document must name the same issuer.
     *
     * @param url the issuer URL
     * @return this builder
     * @throws IllegalArgumentException if {@code url} is not an http or https URL
     */
    public Builder issuer(String url) {
      this.issuer = HttpUrl.get(Objects.requireNonNull(url, "url"));
      return this;
    }

    /**
     * The client secret. Required for {@code client_credentials}; for the refresh-token grant, set it when the
     * client is confidential. Without a secret, the client identifies itself with a {@code client_id} parameter.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = requireText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * How the client sends its secret; {@link ClientAuthentication#CLIENT_SECRET_BASIC} by default.
     *
     * @param clientAuthentication the method the token endpoint expects
     * @return this builder
     */
    public Builder clientAuthentication(ClientAuthentication clientAuthentication) {
      this.clientAuthentication = Objects.requireNonNull(clientAuthentication, "clientAuthentication");
      return this;
    }

    /**
     * The {@code scope} to request, space-separated; none by default, which leaves the client's default scopes.
     *
     * @param scope the scope, or {@code null} for none
     * @return this builder
     */
    public Builder scope(String scope) {
      this.scope = scope == null || scope.isBlank() ? null : scope;
      return this;
    }

    /**
     * The HTTP client for calls to the token endpoint. The provider never shuts it down. It must not carry the
     * Konqer client's own authentication, which would ask this provider for a token. By default, the provider uses
     * a client of its own with a 10 second connect and read timeout and a 30 second call timeout.
     *
     * @param httpClient the client to use
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * The clock that decides when a token expires; the system UTC clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long before its expiry a token is replaced; 60 seconds by default. It keeps a token from expiring between
     * the moment it is taken from the cache and the moment the API checks it.
     *
     * @param refreshSkew a duration of zero or more
     * @return this builder
     * @throws IllegalArgumentException if the duration is negative
     */
    public Builder refreshSkew(Duration refreshSkew) {
      if (Objects.requireNonNull(refreshSkew, "refreshSkew").isNegative()) {
        throw new IllegalArgumentException("refreshSkew is negative: " + refreshSkew);
      }
      this.refreshSkew = refreshSkew;
      return this;
    }

    /**
     * The Moshi that reads the endpoint's JSON; {@link KonqerJson#create()} by default. It must read records with
     * snake_case names, as one built from {@link KonqerJson#builder()} does.
     *
     * @param moshi the Moshi instance
     * @return this builder
     */
    public Builder moshi(Moshi moshi) {
      this.moshi = Objects.requireNonNull(moshi, "moshi");
      return this;
    }

    /**
     * A listener told about every new refresh token the endpoint issues in place of the current one (refresh token
     * rotation), so that the application can save it. It runs on the thread that fetched the token, while other
     * callers wait, so it should be quick. If it throws, the failure is logged and the new token is still used.
     * Only for the refresh-token grant.
     *
     * @param listener receives the new refresh token
     * @return this builder
     */
    public Builder onRefreshTokenRotated(Consumer<String> listener) {
      this.onRefreshTokenRotated = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the provider. No request is made until the first {@link OAuth2TokenProvider#token()}.
     *
     * @return a new provider
     * @throws IllegalStateException if neither or both of the token endpoint and the issuer are set, or a rotation
     *     listener is set for the {@code client_credentials} grant
     */
    public OAuth2TokenProvider build() {
      if ((tokenEndpoint == null) == (issuer == null)) {
        throw new IllegalStateException("Set exactly one of tokenEndpoint(...) and issuer(...)");
      }
      if (refreshToken == null && onRefreshTokenRotated != null) {
        throw new IllegalStateException("onRefreshTokenRotated applies only to the refresh_token grant");
      }
      Grant grant = refreshToken == null
          ? new ClientCredentialsGrant()
          : new RefreshTokenGrant(refreshToken, onRefreshTokenRotated != null ? onRefreshTokenRotated : token -> {});
      OkHttpClient http = httpClient != null ? httpClient : defaultHttpClient();
      TokenEndpoint endpoint = new TokenEndpoint(http, tokenEndpoint, issuer, clientId, clientSecret,
          clientAuthentication, moshi != null ? moshi : KonqerJson.create());
      return new OAuth2TokenProvider(this, endpoint, grant);
    }

    private static OkHttpClient defaultHttpClient() {
      return new OkHttpClient.Builder()
          .connectTimeout(10, TimeUnit.SECONDS)
          .readTimeout(10, TimeUnit.SECONDS)
          .callTimeout(30, TimeUnit.SECONDS)
          .build();
    }
  }
}
