package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.error.KonqerException;
import app.konqer.sdk.paging.AutoPager;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import com.squareup.moshi.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AutoPagerTest extends ServerTest {

  private AutoPager<String> names() {
    return AutoPager.of(cursor -> client().execute(ApiRequest
        .<Page<String>>builder(HttpMethod.GET, "/names", Types.newParameterizedType(Page.class, String.class))
        .queryParam("cursor", cursor)
        .queryParam("limit", 2)
        .build()));
  }

  private void enqueueThreePages() {
    server.enqueue(Json.ok("{\"data\":[\"a\",\"b\"],\"next_cursor\":\"c2\"}"));
    server.enqueue(Json.ok("{\"data\":[\"c\",\"d\"],\"next_cursor\":\"c3\"}"));
    server.enqueue(Json.ok("{\"data\":[\"e\"],\"next_cursor\":null}"));
  }

  @Test
  void pagesAreFetchedOnlyWhenTheIteratorReachesThem() throws Exception {
    enqueueThreePages();
    Iterator<String> names = names().iterator();
    assertThat(server.getRequestCount()).isZero();

    assertThat(names.next()).isEqualTo("a");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(names.next()).isEqualTo("b");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(names.next()).isEqualTo("c");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(names.next()).isEqualTo("d");
    assertThat(names.next()).isEqualTo("e");
    assertThat(names.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(3);

    assertThat(take().getPath()).isEqualTo("/names?limit=2");
    assertThat(take().getPath()).isEqualTo("/names?cursor=c2&limit=2");
    assertThat(take().getPath()).isEqualTo("/names?cursor=c3&limit=2");
  }

  @Test
  void aStreamStopsFetchingWhenItHasEnough() {
    enqueueThreePages();

    assertThat(names().stream().limit(3).collect(Collectors.toList())).containsExactly("a", "b", "c");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void everyIterationStartsFromTheFirstPage() {
    enqueueThreePages();
    enqueueThreePages();
    AutoPager<String> pager = names();

    assertThat(pager).containsExactly("a", "b", "c", "d", "e");
    assertThat(pager.stream().toList()).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void pagesCanBeWalkedAsPages() {
    enqueueThreePages();

    List<Integer> sizes = new ArrayList<>();
    for (Page<String> page : names().pages()) {
      sizes.add(page.data().size());
    }

    assertThat(sizes).containsExactly(2, 2, 1);
  }

  @Test
  void emptyPagesInTheMiddleAreSkipped() {
    AutoPager<Integer> pager = AutoPager.of(cursor -> cursor == null ? new Page<>(List.of(), "x")
        : cursor.equals("x") ? new Page<>(List.of(), "y") : new Page<>(List.of(1), null));

    assertThat(pager).containsExactly(1);
  }

  @Test
  void aServerThatRepeatsItsCursorCannotTrapTheCaller() {
    AutoPager<Integer> pager = AutoPager.of(cursor -> new Page<>(List.of(1), "same"));

    assertThatThrownBy(() -> pager.stream().limit(10).toList())
        .isInstanceOf(KonqerException.class).hasMessageContaining("same");
  }
}
