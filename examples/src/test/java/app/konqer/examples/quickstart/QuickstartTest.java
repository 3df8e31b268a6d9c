package app.konqer.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.testkit.KonqerTestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuickstartTest {
  @RegisterExtension
  static KonqerTestServer konqer = KonqerTestServer.create();

  @Test
  void withoutABaseUrlItStartsTheServerInProcessAndRunsTheWholeTour() {
    String out = run(Map.of());

    assertThat(out).contains(
        "No KONQER_BASE_URL set: starting the reference server in this process",
        "1. Sign in",
        "POST /auth/dev-token minted an RS256 token for quickstart@example.com",
        "2. The 12 services",
        "3. Buy the founding plan",
        "Confirmed, as a buyer would on that page: subscription",
        "is active until",
        "3 unlocked today:",
        "+ cold-dm",
        "+ objection",
        "+ carousel",
        "9 more over the next four weeks:",
        "5. Generate a cold DM",
        "6. Answer an objection",
        "7. Usage today",
        "8. History, one page at a time",
        "Page 1: ",
        "Page 2: ",
        "(no next_cursor: that was the last page)",
        "9. What to try next",
        "Stopping the local server.");
    assertThat(out).containsPattern("cold-dm +Cold DM Personalizer +Blue +locked");
    assertThat(out).containsPattern("webinar +Webinar Demand Scanner +\\w{3} \\d{1,2} \\w{3} \\d{4}");
    assertThat(out).containsPattern("cold-dm +1 of 100").containsPattern("objection +1 of 100");
    Matcher score = Pattern.compile("Personalization score: (\\d+)/100").matcher(out);
    assertThat(score.find()).isTrue();
    assertThat(Integer.parseInt(score.group(1))).isBetween(0, 100);
    Matcher data = Pattern.compile("data in (\\S+), deleted on exit").matcher(out);
    assertThat(data.find()).isTrue();
    assertThat(Path.of(data.group(1))).doesNotExist();
  }

  @Test
  void withABaseUrlItTalksToThatServerAndCanRunAgain() {
    Map<String, String> env = Map.of("KONQER_BASE_URL", konqer.baseUrl());

    String first = run(env);
    String second = run(env);

    assertThat(first).contains("Using the Konqer API at " + konqer.baseUrl(), "Confirmed, as a buyer would")
        .doesNotContain("starting the reference server");
    assertThat(second).contains("Already subscribed: founding, active until", "9. What to try next");
    assertThat(second).containsPattern("cold-dm +2 of 100");
  }

  private static String run(Map<String, String> env) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Quickstart(env, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
