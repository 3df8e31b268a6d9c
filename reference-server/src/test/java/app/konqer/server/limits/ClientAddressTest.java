package app.konqer.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which address the per-IP limit counts: the peer, unless a trusted proxy forwarded the request. */
class ClientAddressTest {
  private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7, fd00::/8");

  @Test
  void withoutTrustedProxiesForwardedForIsIgnored() {
    assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", TrustedProxies.none())).isEqualTo("203.0.113.9");
  }

  @Test
  void aClientThatIsNoTrustedProxyCannotChooseItsAddress() {
    assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", PROXIES)).isEqualTo("203.0.113.9");
  }

  @Test
  void behindTrustedProxiesTheClientIsTheRightmostUntrustedHop() {
    assertThat(ClientAddress.of("10.1.2.3", "198.51.100.1", PROXIES)).isEqualTo("198.51.100.1");
    assertThat(ClientAddress.of("10.1.2.3", "6.6.6.6, 198.51.100.1, 192.168.1.7", PROXIES))
        .as("a forged leftmost entry is not believed").isEqualTo("198.51.100.1");
    assertThat(ClientAddress.of("fd12::1", "2001:db8::5", PROXIES)).isEqualTo("2001:db8::5");
  }

  @Test
  void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
    assertThat(ClientAddress.of("10.1.2.3", "10.9.9.9, 192.168.1.7", PROXIES)).isEqualTo("10.9.9.9");
  }

  @Test
  void anUnreadableHopEndsTheWalk() {
    assertThat(ClientAddress.of("10.1.2.3", "unknown", PROXIES)).isEqualTo("10.1.2.3");
    assertThat(ClientAddress.of("10.1.2.3", "198.51.100.1, _hidden", PROXIES)).isEqualTo("10.1.2.3");
  }

  @Test
  void rangesMatchByPrefix() {
    TrustedProxies proxies = TrustedProxies.parse("172.16.0.0/12");

    assertThat(proxies.contains("172.31.255.255")).isTrue();
    assertThat(proxies.contains("172.32.0.0")).isFalse();
    assertThat(proxies.contains("::ffff:172.16.0.1")).as("IPv4-mapped IPv6 is read as IPv4").isTrue();
  }

  @Test
  void onlyLiteralAddressesAreAcceptedSoNothingIsLookedUp() {
    assertThatThrownBy(() -> TrustedProxies.parse("proxy.internal"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy.internal");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix length");
    assertThat(TrustedProxies.parse(" ").isEmpty()).isTrue();
    assertThat(PROXIES.contains("localhost")).isFalse();
  }
}
