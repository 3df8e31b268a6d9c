package app.konqer.sdk.auth;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds an issuer's token endpoint in its OpenID Connect discovery document. */
final class OpenIdDiscovery {
  private static final Logger log = LoggerFactory.getLogger(OpenIdDiscovery.class);

  private final OkHttpClient http;
  private final HttpUrl issuer;
  private final JsonAdapter<ProviderMetadata> adapter;

  OpenIdDiscovery(OkHttpClient http, HttpUrl issuer, JsonAdapter<ProviderMetadata> adapter) {
    this.http = http;
    this.issuer = issuer;
    this.adapter = adapter;
  }

  /**
   * Fetches {@code <issuer>/.well-known/openid-configuration} and returns its {@code token_endpoint}.
   *
   * @throws TokenEndpointUnavailableException if the document cannot be fetched now
   * @throws TokenEndpointException if the document is missing, malformed or names another issuer
   */
  HttpUrl tokenEndpoint() {
    HttpUrl url = issuer.newBuilder().addPathSegments(".well-known/openid-configuration").build();
    Request request = new Request.Builder().url(url).header("Accept", "application/json").build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      int status = response.code();
      if (TokenEndpoint.isTemporary(status)) {
        throw new TokenEndpointUnavailableException(
            "OpenID discovery at " + url + " is unavailable: HTTP " + status, status, null, null, null);
      }
      if (!response.isSuccessful()) {
        throw new TokenEndpointException(
            "OpenID discovery at " + url + " failed: HTTP " + status, status, null, null, false, null);
      }
      HttpUrl tokenEndpoint = parse(url, status, text);
      log.debug("Discovered token endpoint {} for issuer {}", tokenEndpoint, issuer);
      return tokenEndpoint;
    } catch (IOException e) {
      throw new TokenEndpointUnavailableException(
          "OpenID discovery at " + url + " could not be reached: " + e, 0, null, null, e);
    }
  }

  private HttpUrl parse(HttpUrl url, int status, String text) {
    ProviderMetadata metadata;
    try {
      metadata = adapter.fromJson(text);
    } catch (IOException | JsonDataException e) {
      throw malformed(url, status, "it is not a JSON object", e);
    }
    if (metadata == null || metadata.tokenEndpoint() == null) {
      throw malformed(url, status, "it has no token_endpoint", null);
    }
    if (!withoutTrailingSlash(issuer.toString()).equals(withoutTrailingSlash(metadata.issuer()))) {
      throw malformed(url, status, "it names the issuer " + metadata.issuer() + ", not " + issuer, null);
    }
    HttpUrl tokenEndpoint = HttpUrl.parse(metadata.tokenEndpoint());
    if (tokenEndpoint == null) {
      throw malformed(url, status, "its token_endpoint is not an http(s) URL", null);
    }
    return tokenEndpoint;
  }

  private static TokenEndpointException malformed(HttpUrl url, int status, String reason, Throwable cause) {
    return new TokenEndpointException(
        "OpenID discovery document at " + url + " is unusable: " + reason, status, null, null, false, cause);
  }

  private static String withoutTrailingSlash(String url) {
    return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
