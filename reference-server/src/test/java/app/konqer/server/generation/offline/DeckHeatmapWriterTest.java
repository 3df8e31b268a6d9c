package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapInput;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapOutput;
import app.konqer.sdk.services.deckheatmap.DeckSlide;
import app.konqer.sdk.services.deckheatmap.ScoredSlide;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeckHeatmapWriterTest {
  private final DeckHeatmapWriter writer = new DeckHeatmapWriter();

  @Test
  void reviewsEveryInputSlideOnceInInputOrder() {
    DeckHeatmapInput input = realistic();

    DeckHeatmapOutput output = writer.write(input, ServerFacts.none());

    assertThat(output.slides()).extracting(ScoredSlide::index)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, input.slides().size()).boxed().toList());
    assertThat(output.slides()).extracting(ScoredSlide::title).containsExactly("Northwind",
        "Regional fleets drive 20% of their miles empty", "Solution", "Traction",
        "Slide 5: Team: ex-DHL and ex-Uber Freight founders");
  }

  @Test
  void aClaimTitleWithAFigureInShortSentencesScoresHigh() {
    ScoredSlide slide = writer.write(realistic(), ServerFacts.none()).slides().get(1);

    // 50 + title 10 + takeaway title 5 + short 15 + number 15
    assertThat(slide.attentionScore()).isEqualTo(95);
    assertThat(slide.issues()).isEmpty();
    assertThat(slide.strengths()).contains("Backs its claim with a number",
        "The title states a takeaway, not just a topic");
  }

  @Test
  void aCoverIsJudgedOnItsOneLinerRatherThanOnFigures() {
    ScoredSlide cover = writer.write(realistic(), ServerFacts.none()).slides().get(0);

    // 50 + title 10 + short 15 + one-line cover 10
    assertThat(cover.attentionScore()).isEqualTo(85);
    assertThat(cover.strengths()).contains("The cover says in one line what the company does");
  }

  @Test
  void buzzwordsAndLongSentencesCostAttentionAndTheFixNamesThem() {
    ScoredSlide slide = writer.write(realistic(), ServerFacts.none()).slides().get(2);

    // 50 + title 10 + takeaway title 0 + dense -20 + no number -5 + buzzwords -15 -10 + long sentences -10 + proof 10
    assertThat(slide.attentionScore()).isEqualTo(10);
    assertThat(slide.issues()).first().isEqualTo("Too dense: 68 words on one slide");
    assertThat(slide.issues()).anySatisfy(issue -> assertThat(issue).startsWith("Buzzwords weaken credibility:")
        .contains("\u201crevolutionary\u201d"));
    assertThat(slide.issues()).last().isEqualTo("The title names a topic instead of stating a takeaway");
    assertThat(slide.suggestion()).startsWith("Cut the slide to one message");
  }

  @Test
  void overallScoreWeighsTheFirstSlidesDoubleAndSubtractsMissingCoreTopics() {
    DeckHeatmapOutput output = writer.write(realistic(), ServerFacts.none());
    List<Integer> scores = output.slides().stream().map(ScoredSlide::attentionScore).toList();

    int weighted = Math.round((2f * (scores.get(0) + scores.get(1) + scores.get(2)) + scores.get(3) + scores.get(4))
        / 8);
    // missing: the ask ("market" appears on the solution slide)
    assertThat(output.overallScore()).isEqualTo(weighted - 5);
    assertThat(output.topRisks()).first().isEqualTo("No clear ask: say how much you raise and what it buys");
  }

  @Test
  void risksListMissingTopicsFirstThenTheWeakestSlidesAndStopAtFive() {
    DeckHeatmapOutput output = writer.write(realistic(), ServerFacts.none());

    assertThat(output.topRisks()).hasSizeLessThanOrEqualTo(5)
        .containsExactly("No clear ask: say how much you raise and what it buys",
            "Slide 3 (Solution) loses attention: too dense: 68 words on one slide");
  }

  @Test
  void aOneSlideDeckGetsEveryMissingTopicAsARisk() {
    DeckHeatmapOutput output = writer.write(
        DeckHeatmapInput.builder().slides(List.of(new DeckSlide(null, "Hello"))).build(), ServerFacts.none());

    assertThat(output.topRisks()).hasSize(5)
        .first().isEqualTo("No traction slide: investors will assume there are no customers or revenue yet");
  }

  private static DeckHeatmapInput realistic() {
    return (DeckHeatmapInput) Samples.of(ServiceDefinitions.DECK_HEATMAP).realistic();
  }
}
