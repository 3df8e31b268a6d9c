package app.konqer.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The access log's duration column. */
class AccessLogTest {

  @Test
  void writesMillisecondsWithOneDecimal() {
    assertThat(AccessLog.tenths(0f)).isEqualTo("0.0");
    assertThat(AccessLog.tenths(7.25f)).isEqualTo("7.3");
    assertThat(AccessLog.tenths(12.04f)).isEqualTo("12.0");
    assertThat(AccessLog.tenths(1999.96f)).isEqualTo("2000.0");
  }
}
