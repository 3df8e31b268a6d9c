package app.konqer.server.limits;

/**
 * Which address a request comes from, for the per-IP rate limit.
 *
 * <p>Without trusted proxies it is the socket's peer, and {@code X-Forwarded-For} is ignored: any client can write
 * that header. With trusted proxies, and only when the peer is one of them, the header is read from right to left
 * (each proxy appends the address it received the request from) and the client is the first address that is not a
 * trusted proxy; when every address is trusted, the leftmost one. A header that cannot be read leaves the peer.
 */
public final class ClientAddress {
  private ClientAddress() {}

  /**
   * The client's address.
   *
   * @param peer the socket's peer address
   * @param forwardedFor the {@code X-Forwarded-For} header, or {@code null}
   * @param proxies the proxies whose header is believed
   * @return the address to limit
   */
  public static String of(String peer, String forwardedFor, TrustedProxies proxies) {
    if (proxies.isEmpty() || forwardedFor == null || !proxies.contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (TrustedProxies.bytes(hop) == null) {
        return client;
      }
      client = hop;
      if (!proxies.contains(hop)) {
        return hop;
      }
    }
    return client;
  }
}
