package app.konqer.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Quota;
import app.konqer.sdk.paging.Page;
import com.squareup.moshi.Types;
import org.junit.jupiter.api.Test;

/** One adapter per type, found again for an equal parameterized type. */
class JsonAdaptersTest {
  private final JsonAdapters adapters = new JsonAdapters(KonqerJson.create());

  @Test
  void answersTheSameAdapterForEqualTypes() {
    assertThat(adapters.<Quota>of(Quota.class)).isSameAs(adapters.of(Quota.class));
    assertThat(adapters.<Object>of(Types.newParameterizedType(Page.class, Quota.class)))
        .isSameAs(adapters.of(Types.newParameterizedType(Page.class, Quota.class)));
  }

  @Test
  void adaptsWithTheGivenConfiguration() throws Exception {
    Page<String> page = adapters.<Page<String>>of(Types.newParameterizedType(Page.class, String.class))
        .fromJson("{\"data\": [\"a\"], \"next_cursor\": \"c1\"}");

    assertThat(page.data()).containsExactly("a");
    assertThat(page.nextCursor()).isEqualTo("c1");
  }
}
