package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.pitchdeck.PitchDeckInput;
import app.konqer.sdk.services.pitchdeck.PitchDeckOutput;
import app.konqer.sdk.services.pitchdeck.PitchDeckSlide;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PitchDeckWriterTest {
  private final PitchDeckWriter writer = new PitchDeckWriter();

  @Test
  void twelveSlidesInTheStandardInvestorOrderWhenEveryInputIsGiven() {
    PitchDeckOutput output = writer.write(realistic(), ServerFacts.none());

    assertThat(titles(output)).containsExactly("Northwind", "Problem", "Solution", "Product", "Market",
        "Business model", "Traction", "Competition", "Go-to-market", "Team", "Financials", "The ask");
    assertIndexedFromOne(output);
  }

  @Test
  void elevenSlidesWithFinancialsAndTheAskMergedWhenOneFactIsMissing() {
    PitchDeckOutput output = writer.write(realistic().toBuilder().traction(null).build(), ServerFacts.none());

    assertThat(titles(output)).containsExactly("Northwind", "Problem", "Solution", "Product", "Market",
        "Business model", "Traction", "Competition", "Go-to-market", "Team", "Financials and the ask");
    assertIndexedFromOne(output);
  }

  @Test
  void tenSlidesWithSolutionAndProductMergedTooWhenTwoOrMoreFactsAreMissing() {
    PitchDeckInput input = realistic().toBuilder().market(" ").traction(null).businessModel(null).build();

    PitchDeckOutput output = writer.write(input, ServerFacts.none());

    assertThat(titles(output)).containsExactly("Northwind", "Problem", "Solution and product", "Market",
        "Business model", "Traction", "Competition", "Go-to-market", "Team", "Financials and the ask");
    assertIndexedFromOne(output);
  }

  @Test
  void slidesQuoteTheFoundersFactsAndEverySlideHasBulletsAndNotes() {
    List<PitchDeckSlide> slides = writer.write(realistic(), ServerFacts.none()).slides();

    assertThat(slides.get(1).bullets()).contains("Regional fleets drive 20% of their miles empty.",
        "Dispatchers match loads by phone and spreadsheet.");
    assertThat(slides.get(6).bullets()).containsExactly("14 paying fleets, EUR 310k ARR, 12% month-over-month growth.");
    assertThat(slides.get(11).bullets()).contains("The ask: EUR 2M seed for 18 months of runway");
    assertThat(slides).allSatisfy(slide -> {
      assertThat(slide.bullets()).hasSizeBetween(1, 6);
      assertThat(slide.speakerNotes()).isNotBlank();
    });
  }

  @Test
  void slidesWithoutAFactSayWhatToPutThereInsteadOfInventingIt() {
    PitchDeckSlide traction = writer.write(realistic().toBuilder().traction(null).build(), ServerFacts.none())
        .slides().get(6);

    assertThat(traction.bullets()).containsExactly("Paying customers, pilots or letters of intent to date",
        "Month-over-month growth in the metric that matters most");
  }

  private static void assertIndexedFromOne(PitchDeckOutput output) {
    assertThat(output.slides()).extracting(PitchDeckSlide::index)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, output.slides().size()).boxed().toList());
  }

  private static List<String> titles(PitchDeckOutput output) {
    return output.slides().stream().map(PitchDeckSlide::title).toList();
  }

  private static PitchDeckInput realistic() {
    return (PitchDeckInput) Samples.of(ServiceDefinitions.PITCH_DECK).realistic();
  }
}
