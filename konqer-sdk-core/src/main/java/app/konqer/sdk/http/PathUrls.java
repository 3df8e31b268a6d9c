package app.konqer.sdk.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * The URLs of request paths under the base URL, resolved once and reused. A client calls the same few paths again
 * and again, and resolving one with {@link HttpUrl.Builder} costs more than all the rest of a call's preparation
 * (about 800 bytes and a few microseconds). Lock-free; at most {@value #CAPACITY} paths are kept, and the cache
 * starts over when it is full, so paths carrying ids cannot grow it without bound.
 */
final class PathUrls {
  static final int CAPACITY = 256;

  private final HttpUrl base;
  private final Map<String, HttpUrl> resolved = new ConcurrentHashMap<>();

  PathUrls(HttpUrl base) {
    this.base = base;
  }

  /**
   * The URL of a path.
   *
   * @param path an encoded path starting with {@code /}, appended to the base URL's path
   * @return the URL, without a query
   */
  HttpUrl resolve(String path) {
    HttpUrl url = resolved.get(path);
    if (url == null) {
      url = base.newBuilder().addEncodedPathSegments(path.substring(1)).build();
      if (resolved.size() >= CAPACITY) {
        resolved.clear();
      }
      resolved.put(path, url);
    }
    return url;
  }

  int size() {
    return resolved.size();
  }
}
