package app.konqer.sdk.testing;

import okhttp3.mockwebserver.MockResponse;

/** Canned responses. */
public final class Json {
  private Json() {}

  public static MockResponse ok(String json) {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(json);
  }

  public static MockResponse status(int status) {
    return problem(status, "code_" + status, "Status " + status);
  }

  public static MockResponse problem(int status, String code, String title) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/problem+json")
        .setBody("{\"type\":\"https://docs.konqer.app/problems/" + code + "\",\"title\":\"" + title
            + "\",\"status\":" + status + ",\"code\":\"" + code + "\"}");
  }

  public static final String PROFILE = "{\"id\":\"6f1c1a8e-5d0c-4a8f-9a4e-0c8b8f5b2f10\",\"email\":\"ada@example.com\","
      + "\"name\":\"Ada\",\"roles\":[\"admin\"],\"created_at\":\"2026-01-01T00:00:00Z\"}";
}
