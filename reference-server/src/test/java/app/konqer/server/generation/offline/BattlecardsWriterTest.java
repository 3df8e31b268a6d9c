package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.battlecards.BattlecardsInput;
import app.konqer.sdk.services.battlecards.BattlecardsOutput;
import app.konqer.sdk.services.battlecards.ObjectionHandler;
import org.junit.jupiter.api.Test;

class BattlecardsWriterTest {
  private final BattlecardsWriter writer = new BattlecardsWriter();

  @Test
  void everyListHasBetweenOneAndTenItems() {
    for (Samples.Case sample : Samples.of(ServiceDefinitions.BATTLECARDS).all()) {
      BattlecardsOutput output = writer.write((BattlecardsInput) sample.input(), ServerFacts.none());

      assertThat(output.strengths()).as(sample.name()).hasSizeBetween(1, 10).doesNotHaveDuplicates();
      assertThat(output.weaknesses()).hasSizeBetween(1, 10).doesNotHaveDuplicates();
      assertThat(output.differentiators()).hasSizeBetween(1, 10);
      assertThat(output.objectionHandlers()).hasSizeBetween(1, 10);
      assertThat(output.landmineQuestions()).hasSizeBetween(1, 10).allSatisfy(q -> assertThat(q).endsWith("?"));
    }
  }

  @Test
  void namesTheCompetitorAndPositionsOurProductForTheSegment() {
    BattlecardsOutput output = writer.write(realistic(), ServerFacts.none());

    assertThat(output.summary()).contains("RouteMaster Pro")
        .contains("position Northwind Planner as the focused choice for fleets of 50 to 500 trucks: route "
            + "optimisation for regional fleets.");
    assertThat(output.objectionHandlers()).extracting(ObjectionHandler::objection)
        .contains("We already use RouteMaster Pro.", "RouteMaster Pro is the safer choice.");
    assertThat(output.differentiators().get(0))
        .isEqualTo("Northwind Planner is built for fleets of 50 to 500 trucks: route optimisation for regional fleets");
  }

  @Test
  void theTalkTrackEndsWithAdviceForTheDealStage() {
    assertThat(writer.write(realistic(), ServerFacts.none()).talkTrack())
        .endsWith("In negotiation, anchor on total cost and time to value rather than list price, and trade "
            + "concessions only for commitments.");
    assertThat(writer.write(realistic().toBuilder().dealStage("Technical POC").build(), ServerFacts.none())
        .talkTrack()).contains("In the evaluation, propose a side-by-side");
    assertThat(writer.write(realistic().toBuilder().dealStage(null).build(), ServerFacts.none()).talkTrack())
        .endsWith("with the two outcomes that decide it agreed up front.");
  }

  private static BattlecardsInput realistic() {
    return (BattlecardsInput) Samples.of(ServiceDefinitions.BATTLECARDS).realistic();
  }
}
