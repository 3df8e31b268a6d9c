package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.warmranker.Lead;
import app.konqer.sdk.services.warmranker.RankedLead;
import app.konqer.sdk.services.warmranker.WarmrankerInput;
import app.konqer.server.generation.scoring.WarmthScorer;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmrankerWriterTest {
  private final WarmthScorer scorer = new WarmthScorer();
  private final WarmrankerWriter writer = new WarmrankerWriter(scorer);

  @Test
  void ranksEveryLeadOnceWarmestFirstWithTheServersScore() {
    WarmrankerInput input = realistic();

    List<RankedLead> ranked = writer.write(input, ServerFacts.none()).ranked();

    assertThat(ranked).extracting(RankedLead::email)
        .containsExactlyInAnyOrderElementsOf(input.leads().stream().map(Lead::email).toList());
    assertThat(ranked).isSortedAccordingTo(Comparator.comparing(RankedLead::warmthScore).reversed());
    for (Lead lead : input.leads()) {
      RankedLead entry = ranked.stream().filter(r -> r.email().equals(lead.email())).findFirst().orElseThrow();
      assertThat(entry.warmthScore()).isEqualTo(scorer.score(lead.signals()).score());
    }
  }

  @Test
  void equalScoresKeepTheInputOrder() {
    WarmrankerInput input = (WarmrankerInput) Samples.of(ServiceDefinitions.WARMRANKER).edges().stream()
        .filter(c -> c.name().equals("ties")).findFirst().orElseThrow().input();

    assertThat(writer.write(input, ServerFacts.none()).ranked()).extracting(RankedLead::email)
        .containsExactly("max@m.example", "zed@z.example", "amy@a.example");
  }

  @Test
  void reasonsAreTheSignalsThatCountedAndAnOptOutIsNeverContactedAgain() {
    List<RankedLead> ranked = writer.write(realistic(), ServerFacts.none()).ranked();

    assertThat(lead(ranked, "dana@northwind.example").reasons())
        .containsExactly("Opened the last 3 emails (+5)", "Visited the pricing page (+20)");
    assertThat(lead(ranked, "eva@eastwind.example").reasons()).containsExactly("No engagement signals recorded yet");
    assertThat(lead(ranked, "ola@westwind.example").recommendedAction()).startsWith("Do not email");
  }

  @Test
  void keepsAtMostFiveReasons() {
    WarmrankerInput input = WarmrankerInput.builder().leads(List.of(new Lead("a@b.example", null, null,
        List.of("Opened email", "Clicked a link", "Visited the pricing page", "Downloaded the guide",
            "Registered for the webinar", "Attended the webinar", "Replied")))).build();

    assertThat(writer.write(input, ServerFacts.none()).ranked().get(0).reasons()).hasSize(5);
  }

  private static RankedLead lead(List<RankedLead> ranked, String email) {
    return ranked.stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow();
  }

  private static WarmrankerInput realistic() {
    return (WarmrankerInput) Samples.of(ServiceDefinitions.WARMRANKER).realistic();
  }
}
