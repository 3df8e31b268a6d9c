package app.konqer.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class PathUrlsTest {
  private final PathUrls urls = new PathUrls(HttpUrl.get("https://api.example.test/api/v1"));

  @Test
  void aPathResolvesUnderTheBaseUrlOnceAndIsReused() {
    HttpUrl first = urls.resolve("/services/cold-dm/generate");

    assertThat(first).hasToString("https://api.example.test/api/v1/services/cold-dm/generate");
    assertThat(urls.resolve("/services/cold-dm/generate")).isSameAs(first);
  }

  @Test
  void encodedSegmentsStayEncoded() {
    assertThat(urls.resolve("/things/a%2Fb/echo").encodedPathSegments())
        .containsExactly("api", "v1", "things", "a%2Fb", "echo");
  }

  @Test
  void pathsWithIdsCannotGrowItWithoutBound() {
    for (int i = 0; i < 3 * PathUrls.CAPACITY; i++) {
      assertThat(urls.resolve("/user/history/" + i).encodedPath()).isEqualTo("/api/v1/user/history/" + i);
      assertThat(urls.size()).isLessThanOrEqualTo(PathUrls.CAPACITY);
    }
  }
}
