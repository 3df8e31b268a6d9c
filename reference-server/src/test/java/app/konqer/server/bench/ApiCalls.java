package app.konqer.server.bench;

import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.UserProfile;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The HTTP calls the benchmarks make to a running server in dev mode: tokens, reads and generations. */
final class ApiCalls {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Moshi MOSHI = KonqerJson.create();

  private final OkHttpClient http;
  private final String base;

  ApiCalls(OkHttpClient http, String base) {
    this.http = http;
    this.base = base;
  }

  /** An RS256 dev token of the user with this e-mail, from {@code POST /auth/dev-token}. */
  String devToken(String email) throws IOException {
    Request request = new Request.Builder()
        .url(base + "/auth/dev-token")
        .post(RequestBody.create("{\"email\": \"" + email + "\", \"name\": \"Bench\"}", JSON))
        .build();
    return MOSHI.adapter(TokenSet.class).fromJson(call(request)).accessToken();
  }

  /** The id of the token's user, created on first sight by {@code GET /user/me}. */
  UUID userId(String token) throws IOException {
    return MOSHI.adapter(UserProfile.class).fromJson(get("/user/me", token)).id();
  }

  /** A GET that must answer 200; returns the body. */
  String get(String path, String token) throws IOException {
    return call(new Request.Builder().url(base + path).header("Authorization", "Bearer " + token).build());
  }

  /** A generation with a new {@code Idempotency-Key}, which must answer 200; returns the body. */
  String generate(String service, String token, String body) throws IOException {
    return call(new Request.Builder()
        .url(base + "/services/" + service + "/generate")
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .post(RequestBody.create(body, JSON))
        .build());
  }

  private String call(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      String text = response.body().string();
      if (response.code() != 200) {
        throw new IOException(request.method() + " " + request.url().encodedPath() + ": HTTP " + response.code()
            + ": " + text);
      }
      return text;
    }
  }
}
