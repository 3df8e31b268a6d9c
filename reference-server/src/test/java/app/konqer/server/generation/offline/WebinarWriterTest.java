package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.webinar.Competition;
import app.konqer.sdk.services.webinar.WebinarInput;
import app.konqer.sdk.services.webinar.WebinarOutput;
import app.konqer.sdk.services.webinar.WebinarTopic;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebinarWriterTest {
  private final WebinarWriter writer = new WebinarWriter();

  @Test
  void scoresEveryCandidateAlongsideNicheIdeasHighestDemandFirst() {
    WebinarInput input = realistic();

    WebinarOutput output = writer.write(input, ServerFacts.none());

    assertThat(output.topics()).hasSize(9)
        .isSortedAccordingTo(Comparator.comparing(WebinarTopic::demandScore).reversed());
    assertThat(output.topics()).extracting(WebinarTopic::title).containsAll(input.candidateTopics())
        .contains("The B2B route planning playbook for operations leads at regional carriers");
  }

  @Test
  void keepsTheTenTopicsInHighestDemandWhenThereAreMore() {
    WebinarInput input = realistic().toBuilder()
        .candidateTopics(Samples.times(20, i -> "How to cut empty miles on route " + i)).build();

    List<WebinarTopic> topics = writer.write(input, ServerFacts.none()).topics();

    assertThat(topics).hasSize(10);
    assertThat(topics).isSortedAccordingTo(Comparator.comparing(WebinarTopic::demandScore).reversed());
  }

  @Test
  void genericTrendTopicsAreCrowdedAndSpecificOnesAreOpen() {
    List<WebinarTopic> topics = writer.write(realistic(), ServerFacts.none()).topics();

    assertThat(topic(topics, "AI trends").competition()).isEqualTo(Competition.HIGH);
    assertThat(topic(topics, "How to plan backhauls with live load boards for regional carriers").competition())
        .isEqualTo(Competition.LOW);
    assertThat(topic(topics, "Cutting empty miles in 2026").competition()).isEqualTo(Competition.MEDIUM);
  }

  @Test
  void theFormatFollowsTheTitlesPromise() {
    List<WebinarTopic> topics = writer.write(realistic(), ServerFacts.none()).topics();

    assertThat(topic(topics, "How to plan backhauls with live load boards for regional carriers").suggestedFormat())
        .isEqualTo("workshop");
    assertThat(topic(topics, "AI trends").suggestedFormat()).isEqualTo("panel");
    assertThat(topic(topics, "Ask me anything about B2B route planning").suggestedFormat()).isEqualTo("AMA");
    assertThat(topic(topics, "Live teardown: real B2B route planning examples, improved on screen")
        .suggestedFormat()).isEqualTo("live demo");
  }

  @Test
  void withoutCandidatesTheNicheIdeasStillGiveAFullList() {
    List<WebinarTopic> topics = writer.write(WebinarInput.builder().niche("CRM").audience("founders").build(),
        ServerFacts.none()).topics();

    assertThat(topics).hasSize(6).allSatisfy(t -> assertThat(t.title()).contains("CRM"));
  }

  private static WebinarTopic topic(List<WebinarTopic> topics, String title) {
    return topics.stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
  }

  private static WebinarInput realistic() {
    return (WebinarInput) Samples.of(ServiceDefinitions.WEBINAR).realistic();
  }
}
