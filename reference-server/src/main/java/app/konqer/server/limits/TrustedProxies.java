package app.konqer.server.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies and load balancers whose {@code X-Forwarded-For} header the server believes: IP addresses and
 * CIDR ranges, IPv4 or IPv6, such as {@code 10.0.0.0/8, 192.168.1.7, fd00::/8}.
 *
 * <p>Only literal addresses are accepted: a host name would need a DNS lookup for every check.
 */
public final class TrustedProxies {
  private static final TrustedProxies NONE = new TrustedProxies(List.of());
  private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** @return no trusted proxy: the client is always the socket's peer */
  public static TrustedProxies none() {
    return NONE;
  }

  /**
   * Parses a comma-separated list of addresses and CIDR ranges.
   *
   * @param list such as {@code 10.0.0.0/8, 192.168.1.7}; {@code null} or blank for none
   * @return the proxies
   * @throws IllegalArgumentException naming the first entry that is not an address or a range
   */
  public static TrustedProxies parse(String list) {
    if (list == null || list.isBlank()) {
      return NONE;
    }
    List<Range> ranges = new ArrayList<>();
    for (String entry : list.split(",")) {
      String text = entry.strip();
      if (!text.isEmpty()) {
        ranges.add(Range.parse(text));
      }
    }
    return new TrustedProxies(ranges);
  }

  /** @return whether no proxy is trusted */
  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /**
   * Whether an address belongs to a trusted proxy.
   *
   * @param address an IP address as text; anything else is not trusted
   * @return whether it is trusted
   */
  public boolean contains(String address) {
    byte[] bytes = bytes(address);
    if (bytes == null) {
      return false;
    }
    for (Range range : ranges) {
      if (range.contains(bytes)) {
        return true;
      }
    }
    return false;
  }

  /** The bytes of a literal IP address, or {@code null} when the text is not one. */
  static byte[] bytes(String address) {
    if (address == null) {
      return null;
    }
    String text = address.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    if (!LITERAL.matcher(text).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return ranges.isEmpty() ? "none" : ranges.toString();
  }

  /** An address and the number of leading bits that must match. */
  private record Range(byte[] network, int prefix, String text) {
    static Range parse(String text) {
      int slash = text.indexOf('/');
      byte[] network = bytes(slash < 0 ? text : text.substring(0, slash));
      if (network == null) {
        throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range");
      }
      int bits = network.length * 8;
      int prefix = bits;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException("'" + text + "' has a prefix length outside 0 to " + bits);
        }
      }
      return new Range(network, prefix, text);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = prefix / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest);
      return (address[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
