package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.coldemail.ColdEmailInput;
import app.konqer.sdk.services.coldemail.ColdEmailOutput;
import app.konqer.sdk.services.coldemail.FollowUp;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColdEmailWriterTest {
  private final ColdEmailWriter writer = new ColdEmailWriter();

  @Test
  void writesExactlyThreeDistinctSubjectLinesInEveryTone() {
    for (Tone tone : Arrays.asList(null, Tone.FRIENDLY, Tone.DIRECT, Tone.FORMAL)) {
      ColdEmailOutput output = writer.write(realistic().toBuilder().tone(tone).build(), ServerFacts.none());

      assertThat(output.subjectLines()).as("%s", tone).hasSize(3).doesNotHaveDuplicates()
          .allSatisfy(subject -> assertThat(subject).isNotBlank().doesNotContain(Text.ELLIPSIS));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void writesExactlyTheRequestedFollowUpsWithIncreasingDayOffsets(int count) {
    ColdEmailOutput output = writer.write(realistic().toBuilder().followUpCount(count).build(), ServerFacts.none());

    List<Integer> offsets = output.followUps().stream().map(FollowUp::dayOffset).toList();
    assertThat(offsets).hasSize(count).isSorted().doesNotHaveDuplicates()
        .allSatisfy(day -> assertThat(day).isBetween(1, 30));
    assertThat(offsets).isEqualTo(ColdEmailWriter.FOLLOW_UP_DAYS.subList(0, count));
  }

  @Test
  void writesNoFollowUpWhenTheCountIsAbsent() {
    ColdEmailOutput output = writer.write(realistic().toBuilder().followUpCount(null).build(), ServerFacts.none());

    assertThat(output.followUps()).isEmpty();
  }

  @Test
  void bodyGreetsByFirstNameStatesTheValueAndSignsOffWithoutASignatureBlock() {
    ColdEmailOutput output = writer.write(realistic(), ServerFacts.none());

    assertThat(output.body()).startsWith("Hi Dana,\n\n")
        .contains("cut empty miles by 18% without changing your TMS")
        .contains("Northwind Logistics")
        .endsWith("\n\nBest,");
    assertThat(output.followUps()).allSatisfy(f -> assertThat(f.body()).startsWith("Hi Dana,").endsWith("Best,"));
  }

  @Test
  void firstFollowUpRepliesToTheFirstSubjectLine() {
    ColdEmailOutput output = writer.write(realistic(), ServerFacts.none());

    assertThat(output.followUps().get(0).subject()).isEqualTo("Re: " + output.subjectLines().get(0));
  }

  @Test
  void subjectLinesKeepTheFirstClauseOfTheValueProposition() {
    ColdEmailOutput output = writer.write(realistic(), ServerFacts.none());

    assertThat(output.subjectLines()).contains("Cut empty miles by 18% at Northwind Logistics");
  }

  @Test
  void cleanCopyHasTheBaseSpamRisk() {
    assertThat(writer.write(realistic(), ServerFacts.none()).spamRiskScore()).isEqualTo(5);
  }

  private static ColdEmailInput realistic() {
    return (ColdEmailInput) Samples.of(ServiceDefinitions.COLD_EMAIL).realistic();
  }
}
