package app.konqer.server.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.paging.Page;
import app.konqer.server.http.ApiError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysetTest {
  private final Keyset history = new Keyset("history");

  @Test
  void limitDefaultsToTwentyAndAcceptsOneToAHundred() {
    assertThat(history.request(null, null)).isEqualTo(new PageRequest(20, null));
    assertThat(history.request("1", "").limit()).isEqualTo(1);
    assertThat(history.request("100", null).fetchSize()).isEqualTo(101);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-5", "ten", "2.5", "99999999999", "+5", "\uFF15", "\u0665", "1e1", "0x10"})
  void anyOtherLimitIsABadRequest(String limit) {
    assertThatThrownBy(() -> history.request(limit, null))
        .isInstanceOfSatisfying(ApiError.class, error -> {
          assertThat(error.status()).isEqualTo(400);
          assertThat(error.code()).isEqualTo("invalid_limit");
        });
  }

  @Test
  void aFullFetchGivesAPageWithTheCursorOfItsLastItem() {
    List<Cursor> rows = List.of(at(5), at(4), at(3));
    PageRequest request = new PageRequest(2, null);

    Page<Cursor> page = history.page(rows, request, item -> item);

    assertThat(page.data()).containsExactly(at(5), at(4));
    assertThat(history.request("2", page.nextCursor()).after()).isEqualTo(at(4));
  }

  @Test
  void aShortFetchIsTheLastPage() {
    Page<Cursor> page = history.page(List.of(at(2), at(1)), new PageRequest(2, null), item -> item);

    assertThat(page.data()).hasSize(2);
    assertThat(page.nextCursor()).isNull();
  }

  private static Cursor at(long second) {
    return new Cursor(Instant.ofEpochSecond(second), new UUID(0, second));
  }
}
