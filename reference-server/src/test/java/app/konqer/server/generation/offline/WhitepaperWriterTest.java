package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.whitepaper.WhitepaperInput;
import app.konqer.sdk.services.whitepaper.WhitepaperOutput;
import app.konqer.sdk.services.whitepaper.WhitepaperSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhitepaperWriterTest {
  private final WhitepaperWriter writer = new WhitepaperWriter();

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 5, 6, 7, 8})
  void writesExactlyTheRequestedSectionsWithOneTakeawayEach(int count) {
    WhitepaperOutput output = writer.write(realistic().toBuilder().sectionCount(count).build(), ServerFacts.none());

    assertThat(output.sections()).hasSize(count);
    assertThat(output.sections()).extracting(WhitepaperSection::heading).doesNotHaveDuplicates();
    assertThat(output.keyTakeaways()).hasSize(count).doesNotHaveDuplicates();
    assertThat(output.sections()).allSatisfy(section ->
        assertThat(section.body().split("\n\n")).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void writesFiveSectionsWhenNoCountIsGiven() {
    WhitepaperOutput output = writer.write(realistic().toBuilder().sectionCount(null).build(), ServerFacts.none());

    assertThat(output.sections()).hasSize(WhitepaperInput.DEFAULT_SECTION_COUNT);
  }

  @Test
  void aShortPaperKeepsTheEssentialSectionsInReadingOrder() {
    WhitepaperOutput output = writer.write(realistic().toBuilder().sectionCount(3).build(), ServerFacts.none());

    assertThat(output.sections()).extracting(WhitepaperSection::heading).containsExactly(
        "Where the hidden cost of empty miles stands today",
        "A practical framework for CFOs of regional carriers",
        "Putting it into practice");
  }

  @Test
  void titleAndAbstractNameTheTopicAndAudienceInAFormalVoiceByDefault() {
    WhitepaperOutput output = writer.write(realistic(), ServerFacts.none());

    assertThat(output.title()).isEqualTo("The hidden cost of empty miles: a practical guide for CFOs of regional "
        + "carriers");
    assertThat(output.abstractText()).startsWith("This paper examines the hidden cost of empty miles from the "
        + "perspective of CFOs of regional carriers.");
    assertThat(writer.write(realistic().toBuilder().tone(Tone.FRIENDLY).build(), ServerFacts.none()).abstractText())
        .startsWith("If you are one of the CFOs of regional carriers");
  }

  private static WhitepaperInput realistic() {
    return (WhitepaperInput) Samples.of(ServiceDefinitions.WHITEPAPER).realistic();
  }
}
