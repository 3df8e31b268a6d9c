package app.konqer.server.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.server.http.ApiError;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTest {
  private static final CursorCodec HISTORY = new CursorCodec("history");
  private static final Cursor CURSOR =
      new Cursor(Instant.parse("2026-03-01T12:34:56.123456Z"), UUID.fromString("0b5f3c1e-8d2a-4f6b-9c7d-1e2f3a4b5c6d"));

  @Test
  void aCursorRoundTripsThroughAnOpaqueUrlSafeToken() {
    String token = HISTORY.encode(CURSOR);

    assertThat(token).matches("[A-Za-z0-9_-]{42}");
    assertThat(HISTORY.decode(token)).isEqualTo(CURSOR);
  }

  @Test
  void timestampsBeforeTheEpochAndFarAheadRoundTrip() {
    UUID id = UUID.randomUUID();
    for (String at : new String[] {"1969-07-20T20:17:40.000001Z", "9999-12-31T23:59:59.999999Z"}) {
      Cursor cursor = new Cursor(Instant.parse(at), id);
      assertThat(HISTORY.decode(HISTORY.encode(cursor))).isEqualTo(cursor);
    }
  }

  @Test
  void everyChangedCharacterIsRefused() {
    String token = HISTORY.encode(CURSOR);
    for (int i = 0; i < token.length(); i++) {
      char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
      String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
      if (!tampered.equals(token)) {
        assertInvalid(tampered);
      }
    }
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    assertInvalid(new CursorCodec("payments").encode(CURSOR));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not base64 !", "AAAA", "%00%00", "eyJ0cyI6MX0", "====",
      "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
  void garbageIsRefused(String token) {
    assertInvalid(token);
  }

  @Test
  void aTimestampFinerThanPostgresCanStoreIsRefusedAtEncoding() {
    Cursor nanos = new Cursor(Instant.parse("2026-03-01T12:34:56.123456789Z"), UUID.randomUUID());

    assertThatThrownBy(() -> HISTORY.encode(nanos)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertInvalid(String token) {
    assertThatThrownBy(() -> HISTORY.decode(token))
        .as(token)
        .isInstanceOfSatisfying(ApiError.class, error -> {
          assertThat(error.status()).isEqualTo(400);
          assertThat(error.code()).isEqualTo("invalid_cursor");
        });
  }
}
