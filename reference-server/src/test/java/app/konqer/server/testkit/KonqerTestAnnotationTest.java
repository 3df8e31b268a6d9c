package app.konqer.server.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@KonqerTest
class KonqerTestAnnotationTest {
  private static KonqerTestServer started;

  @BeforeAll
  static void remember(KonqerTestServer konqer) {
    started = konqer;
  }

  @Test
  void injectsOneRunningServerPerClass(KonqerTestServer konqer) {
    assertThat(konqer).isSameAs(started);
    TestUser kim = konqer.user("kim@example.com").create();
    assertThat(konqer.clientFor(kim).user().me().id()).isEqualTo(kim.id());
  }

  @Test
  void startsEveryTestWithoutFaultsOrRecordings(KonqerTestServer konqer) {
    assertThat(konqer.requests()).isEmpty();
  }

  @Nested
  class Inner {
    @Test
    void sharesTheOuterServer(KonqerTestServer konqer) {
      assertThat(konqer).isSameAs(started);
    }
  }
}
