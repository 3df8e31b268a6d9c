package app.konqer.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.paging.Page;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  private final JsonCodec codec = new JsonCodec(KonqerJson.create());

  @Test
  void aTypeBuiltAnewForEachCallFindsTheAdapterOfTheEqualTypeBuiltBefore() {
    Type first = Types.newParameterizedType(Page.class, String.class);
    Type again = Types.newParameterizedType(Page.class, String.class);

    assertThat(codec.adapter(again)).isSameAs(codec.adapter(first));
    assertThat(codec.adapter(first)).isSameAs(codec.adapter(again));
  }

  @Test
  void moreTypesThanAreKeptByIdentityAllDecode() throws Exception {
    for (int i = 0; i < 3 * JsonCodec.BY_IDENTITY; i++) {
      Type type = Types.newParameterizedType(Map.class, String.class, Integer.class);
      Object decoded = codec.decode(type, json("{\"n\":" + i + "}"));

      assertThat(decoded).isEqualTo(Map.of("n", i));
      assertThat(codec.typesByIdentity()).isLessThanOrEqualTo(JsonCodec.BY_IDENTITY);
    }
    assertThat(codec.typesByIdentity()).isEqualTo(JsonCodec.BY_IDENTITY);
    Type list = Types.newParameterizedType(List.class, String.class);
    assertThat(codec.decode(list, json("[\"a\",\"b\"]"))).isEqualTo(List.of("a", "b"));
  }

  private static ResponseBody json(String text) {
    return ResponseBody.create(text, MediaType.get("application/json"));
  }
}
