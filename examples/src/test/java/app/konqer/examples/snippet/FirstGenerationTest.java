package app.konqer.examples.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.testkit.KonqerTestServer;
import app.konqer.server.testkit.TestUser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FirstGenerationTest {
  @RegisterExtension
  static KonqerTestServer konqer = KonqerTestServer.create();

  @Test
  void generatesOnceAndListsTheHistory() {
    TestUser dana = konqer.user("dana@example.com").plan(Plan.FOUNDING).create();

    String first = run(dana, "lead-1");
    String again = run(dana, "lead-1");

    assertThat(first).containsPattern("^\\d{1,3}/100: Hi Dana");
    assertThat(again.lines().filter(line -> line.matches("\\S+Z \\S+"))).hasSize(1);
    assertThat(konqer.generationCount(dana)).isEqualTo(1);
  }

  @Test
  void reportsALockedServiceAndAnExhaustedQuota() {
    TestUser newcomer = konqer.user("new@example.com").create();
    TestUser founder = konqer.user("founder@example.com").plan(Plan.FOUNDING).create();
    konqer.lockUntil(founder, ServiceId.COLD_DM, konqer.clock().instant().plusSeconds(3600));
    TestUser busy = konqer.user("busy@example.com").plan(Plan.FOUNDING).create();
    konqer.exhaustQuota(busy, ServiceId.COLD_DM);

    assertThat(run(newcomer, "lead-2")).startsWith("Locked: ").doesNotContain("unlocks");
    assertThat(run(founder, "lead-2")).startsWith("Locked: ").contains("; unlocks 20");
    assertThat(run(busy, "lead-3")).startsWith("Quota used up; try again in PT");
  }

  private static String run(TestUser user, String leadId) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FirstGeneration.run(Map.of("KONQER_BASE_URL", konqer.baseUrl(), "KONQER_API_TOKEN", user.token()), leadId,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
