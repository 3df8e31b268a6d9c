package app.konqer.sdk.http;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.Headers;

/**
 * Response headers as an unmodifiable {@code Map<String, List<String>>} with case-insensitive names. The map is
 * built from OkHttp's {@link Headers} only when first read, so a call that never looks at its headers pays nothing.
 */
final class HeaderMap extends AbstractMap<String, List<String>> {
  private final Headers headers;
  private volatile Map<String, List<String>> map;

  HeaderMap(Headers headers) {
    this.headers = headers;
  }

  private Map<String, List<String>> map() {
    Map<String, List<String>> result = map;
    if (result == null) {
      TreeMap<String, List<String>> built = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String name : headers.names()) {
        built.put(name, List.copyOf(headers.values(name)));
      }
      result = Collections.unmodifiableMap(built);
      map = result;
    }
    return result;
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return map().entrySet();
  }

  @Override
  public List<String> get(Object key) {
    return map().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return map().containsKey(key);
  }

  @Override
  public int size() {
    return map().size();
  }
}
