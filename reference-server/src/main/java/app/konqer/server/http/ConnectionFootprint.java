package app.konqer.server.http;

import io.javalin.config.JavalinConfig;

/**
 * What each open client connection keeps in memory between its requests. Hundreds of keep-alive connections can be
 * open at once (one per generation waiting on OpenAI), so a cost per connection adds up.
 *
 * <p>Jetty's HTTP parser keeps, per connection, a cache of the header fields it has seen (by default an array trie
 * of 1,024 nodes: about 100 KiB once the first request has filled it), so that a repeated {@code Content-Type} or
 * {@code User-Agent} need not be decoded again. With 500 connections open that was some 45 MiB, half the live heap,
 * against a few header strings a request saved. The cache is off here.
 */
public final class ConnectionFootprint {
  /** Jetty's header cache per connection, in trie nodes; 0 turns it off. */
  public static final int HEADER_CACHE_SIZE = 0;

  private ConnectionFootprint() {}

  /**
   * Sets the per-connection caches of every connector.
   *
   * @param config the app's configuration
   */
  public static void configure(JavalinConfig config) {
    config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(HEADER_CACHE_SIZE));
  }
}
