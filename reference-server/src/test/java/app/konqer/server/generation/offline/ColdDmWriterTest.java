package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.enrichment.Enrichment;
import app.konqer.server.generation.scoring.NormalizedText;
import app.konqer.server.generation.scoring.PersonalizationScore;
import app.konqer.server.generation.scoring.PersonalizationScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColdDmWriterTest {
  private static final List<Tone> TONES = Arrays.asList(null, Tone.FRIENDLY, Tone.DIRECT, Tone.FORMAL);

  private final ColdDmWriter writer = new ColdDmWriter();
  private final PersonalizationScorer scorer = new PersonalizationScorer();

  @Test
  void messageHasBetween100And150WordsForEveryToneInputAndEnrichment() {
    for (Samples.Case sample : Samples.of(ServiceDefinitions.COLD_DM).all()) {
      for (Tone tone : TONES) {
        for (Enrichment enrichment : List.of(PipelineFill.ENRICHMENT, Enrichment.none())) {
          ColdDmInput input = ((ColdDmInput) sample.input()).toBuilder().tone(tone).build();

          String message = writer.write(input, ServerFacts.of(enrichment)).message();

          assertThat(message.strip().split("\\s+"))
              .as("%s, %s, enrichment %s:%n%s", sample.name(), tone, enrichment.sources(), message)
              .hasSizeBetween(ColdDmWriter.MIN_WORDS, ColdDmWriter.MAX_WORDS);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Tone.class, names = {"FRIENDLY", "DIRECT", "FORMAL"})
  void scoresAtLeast70WithNameCompanyActivityAndTechStack(Tone tone) {
    ColdDmInput input = realistic().toBuilder().tone(tone).build();

    String message = writer.write(input, ServerFacts.of(PipelineFill.ENRICHMENT)).message();
    PersonalizationScore score = scorer.score(message, input.prospectName(), input.company(),
        input.recentActivity(), PipelineFill.ENRICHMENT.techStack());

    assertThat(score.score()).as(message).isGreaterThanOrEqualTo(70);
    assertThat(score.firstNameMentioned()).isTrue();
    assertThat(score.companyMentioned()).isTrue();
    assertThat(score.recentActivityMentioned()).isNotEmpty();
    assertThat(score.techStackMentioned()).isNotEmpty();
    assertThat(score.genericPhrases()).isEmpty();
  }

  @Test
  void noLineOfAnyToneUsesAPenalisedGenericPhrase() {
    List<String> lines = new ArrayList<>();
    for (ColdDmVoice voice : ColdDmVoice.BY_TONE.values()) {
      lines.add(voice.greeting());
      Stream.of(voice.openersWithActivity(), voice.openersWithoutActivity(), voice.secondActivity(), voice.offer(),
          voice.techStack(), voice.fillers(), voice.callsToAction()).forEach(lines::addAll);
    }

    for (String line : lines) {
      NormalizedText text = NormalizedText.of(line);
      assertThat(PersonalizationScorer.GENERIC_PHRASES.keySet()).as(line).noneMatch(text::contains);
    }
  }

  @Test
  void greetsByFirstNameWithoutATitleAndLeavesNoPlaceholder() {
    ColdDmInput input = realistic().toBuilder().prospectName("Dr. Dana Whitfield").tone(Tone.FORMAL).build();

    String message = writer.write(input, ServerFacts.none()).message();

    assertThat(message).startsWith("Dear Dana,").doesNotContain("{", "}", "[", "]", "Dr.");
  }

  @Test
  void refersToRecentActivityInTheProspectsOwnWords() {
    String message = writer.write(realistic(), ServerFacts.none()).message();

    assertThat(message).containsIgnoringCase("your post about rising diesel costs").contains("Freight Forward 2026");
  }

  @Test
  void namesTheToolsEnrichmentFoundAndNoOthers() {
    String enriched = writer.write(realistic(), ServerFacts.of(PipelineFill.ENRICHMENT)).message();
    String plain = writer.write(realistic(), ServerFacts.of(Enrichment.none())).message();

    assertThat(enriched).contains("Samsara and McLeod TMS");
    assertThat(plain).doesNotContain("Samsara");
  }

  @Test
  void usesTheRoleFromEnrichmentWhenTheInputHasNone() {
    ColdDmInput input = ColdDmInput.builder().prospectName("Dana").company("Acme").offer("CRM").build();

    String message = writer.write(input, ServerFacts.of(PipelineFill.ENRICHMENT)).message();

    assertThat(message).contains("VP Operations at Acme");
  }

  @Test
  void leavesTheScoreContextAndSourcesToThePipeline() {
    ColdDmOutput output = writer.write(realistic(), ServerFacts.of(PipelineFill.ENRICHMENT));

    assertThat(output.personalizationScore()).isNull();
    assertThat(output.contextUsed()).isNull();
    assertThat(output.enrichmentSources()).isEmpty();
  }

  private static ColdDmInput realistic() {
    return (ColdDmInput) Samples.of(ServiceDefinitions.COLD_DM).realistic();
  }
}
