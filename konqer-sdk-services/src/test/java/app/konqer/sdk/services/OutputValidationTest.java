package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.carousel.CarouselOutput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.coldemail.ColdEmailOutput;
import app.konqer.sdk.services.communityfinder.Community;
import app.konqer.sdk.services.communityfinder.CommunityFinderOutput;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.ServerComputed;
import app.konqer.sdk.services.objection.ObjectionOutput;
import app.konqer.sdk.services.objection.ObjectionType;
import app.konqer.sdk.services.objection.ResponseStructure;
import app.konqer.sdk.services.pitchdeck.PitchDeckOutput;
import app.konqer.sdk.services.webinar.Competition;
import app.konqer.sdk.services.webinar.WebinarOutput;
import app.konqer.sdk.services.webinar.WebinarTopic;
import app.konqer.sdk.services.whitepaper.WhitepaperOutput;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules model output must meet before the server stores or returns it (otherwise one repair attempt, then 502
 * {@code upstream_invalid_output}).
 */
class OutputValidationTest {
  /** The members the model must write: every output member that is not server-computed and not allowed empty. */
  private static final Map<ServiceId, List<String>> REQUIRED = Map.ofEntries(
      Map.entry(ServiceId.COLD_DM, List.of("message")),
      Map.entry(ServiceId.BATTLECARDS, List.of("differentiators", "landmineQuestions", "objectionHandlers",
          "strengths", "summary", "talkTrack", "weaknesses")),
      Map.entry(ServiceId.OBJECTION, List.of("response", "structure")),
      Map.entry(ServiceId.COMMUNITY_FINDER, List.of("communities")),
      Map.entry(ServiceId.CAROUSEL, List.of("cta", "estimatedReach", "hook", "slides")),
      Map.entry(ServiceId.COLD_EMAIL, List.of("body", "spamRiskScore", "subjectLines")),
      Map.entry(ServiceId.PITCH_DECK, List.of("slides")),
      Map.entry(ServiceId.WHITEPAPER, List.of("abstractText", "cta", "keyTakeaways", "sections", "title")),
      Map.entry(ServiceId.DECK_HEATMAP, List.of("overallScore", "slides")),
      Map.entry(ServiceId.WEBINAR, List.of("topics")),
      Map.entry(ServiceId.WARMRANKER, List.of("ranked")),
      Map.entry(ServiceId.NO_SHOW_SHIELD, List.of("reminderPlan")));

  static Stream<Named<ServiceDefinition<?, ?>>> services() {
    return ServiceDefinitions.all().stream().map(d -> Named.of(d.service().id(), d));
  }

  @ParameterizedTest
  @MethodSource("services")
  void emptyModelOutputViolatesExactlyTheMembersTheModelMustWrite(ServiceDefinition<?, ?> service) {
    Object empty = Wire.decode(service.outputType(), "{}");

    assertThat(Violations.paths(empty)).containsExactlyElementsOf(REQUIRED.get(service.service()));
  }

  @ParameterizedTest
  @MethodSource("services")
  void modelOutputWithoutTheServerComputedMembersIsValid(ServiceDefinition<?, ?> service) {
    Record output = (Record) Samples.of(service.service()).output();
    for (RecordComponent component : output.getClass().getRecordComponents()) {
      if (component.isAnnotationPresent(ServerComputed.class)) {
        output = RecordTrees.withComponent(output, component.getName(), null);
      }
    }

    assertThat(Violations.messages(output)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("services")
  void everyTextMemberIsBounded(ServiceDefinition<?, ?> service) {
    Record sample = (Record) Samples.of(service.service()).output();
    String tooLong = "x".repeat(Limits.LONG_TEXT + 1);

    for (RecordTrees.Leaf leaf : RecordTrees.strings(sample)) {
      assertThat(Violations.paths(leaf.with(tooLong))).as(leaf.path()).contains(leaf.path());
    }
  }

  @Test
  void communitiesAreFiveToFifteen() {
    Community community = Samples.communityFinderOutput().communities().get(0);

    assertThat(Violations.paths(new CommunityFinderOutput(Collections.nCopies(15, community)))).isEmpty();
    assertThat(Violations.messages(new CommunityFinderOutput(Collections.nCopies(4, community))))
        .containsExactly(Map.entry("communities", "size must be between 5 and 15"));
    assertThat(Violations.paths(new CommunityFinderOutput(Collections.nCopies(16, community))))
        .containsExactly("communities");
  }

  @Test
  void thereAreExactlyThreeSubjectLines() {
    ColdEmailOutput sample = Samples.coldEmailOutput();

    assertThat(Violations.messages(withSubjectLines(sample, List.of("One", "Two"))))
        .containsExactly(Map.entry("subjectLines", "size must be between 3 and 3"));
    assertThat(Violations.paths(withSubjectLines(sample, List.of("One", "Two", "Three", "Four"))))
        .containsExactly("subjectLines");
    assertThat(Violations.paths(withSubjectLines(sample, List.of("One", "", "Three"))))
        .containsExactly("subjectLines[1].<list element>");
  }

  @Test
  void aPitchDeckHasTenToTwelveSlides() {
    List<?> ten = Samples.pitchDeckOutput().slides();
    List<Object> twelve = new ArrayList<>(ten);
    twelve.addAll(ten.subList(0, 2));
    List<Object> thirteen = new ArrayList<>(twelve);
    thirteen.add(ten.get(0));

    assertThat(Violations.paths(RecordTrees.withComponent(Samples.pitchDeckOutput(), "slides", twelve))).isEmpty();
    assertThat(Violations.paths(RecordTrees.withComponent(Samples.pitchDeckOutput(), "slides", ten.subList(0, 9))))
        .containsExactly("slides");
    assertThat(Violations.paths(RecordTrees.withComponent(Samples.pitchDeckOutput(), "slides", thirteen)))
        .containsExactly("slides");
  }

  @Test
  void carouselsAndWhitepapersKeepTheirCounts() {
    CarouselOutput carousel = Samples.carouselOutput();
    WhitepaperOutput whitepaper = Samples.whitepaperOutput();

    assertThat(Violations.paths(RecordTrees.withComponent(carousel, "slides", carousel.slides().subList(0, 4))))
        .containsExactly("slides");
    assertThat(Violations.paths(RecordTrees.withComponent(whitepaper, "sections",
        whitepaper.sections().subList(0, 2)))).containsExactly("sections");
  }

  @Test
  void scoresAreZeroToHundred() {
    Community community = Samples.communityFinderOutput().communities().get(0);
    List<Community> communities = new ArrayList<>(Collections.nCopies(5, community));
    communities.set(2, RecordTrees.withComponent(community, "relevanceScore", 101));
    communities.set(3, RecordTrees.withComponent(community, "relevanceScore", -1));
    ColdDmOutput dm = RecordTrees.withComponent(Samples.coldDmOutput(), "personalizationScore", 101);

    assertThat(Violations.messages(new CommunityFinderOutput(communities))).containsExactly(
        Map.entry("communities[2].relevanceScore", "must be between 0 and 100"),
        Map.entry("communities[3].relevanceScore", "must be between 0 and 100"));
    assertThat(Violations.messages(dm)).containsExactly(
        Map.entry("personalizationScore", "must be between 0 and 100"));
  }

  @Test
  void enumsMustBeSetAndKnown() {
    WebinarTopic topic = Samples.webinarOutput().topics().get(0);
    ObjectionOutput objection = RecordTrees.withComponent(Samples.objectionOutput(), "objectionType",
        ObjectionType.UNKNOWN);

    assertThat(Violations.messages(new WebinarOutput(List.of(
            RecordTrees.withComponent(topic, "competition", Competition.UNKNOWN),
            RecordTrees.withComponent(topic, "competition", null)))))
        .containsExactly(
            Map.entry("topics[0].competition", "must be one of low, medium, high"),
            Map.entry("topics[1].competition", "must not be null"));
    assertThat(Violations.messages(objection)).containsExactly(Map.entry("objectionType",
        "must be one of price, timing, competitor, authority, need, trust, status_quo, other"));
  }

  @Test
  void nestedOutputIsValidatedWithItsPath() {
    ObjectionOutput objection = RecordTrees.withComponent(Samples.objectionOutput(), "structure",
        new ResponseStructure("I hear you.", " ", "Baltic Freight cut empty miles by 18%.", null));

    assertThat(Violations.messages(objection)).containsExactly(
        Map.entry("structure.action", "must not be blank"),
        Map.entry("structure.reframe", "must not be blank"));
  }

  @Test
  void linksAreWebAddresses() {
    Community community = Samples.communityFinderOutput().communities().get(0);
    List<Community> communities = new ArrayList<>(Collections.nCopies(5, community));
    communities.set(0, RecordTrees.withComponent(community, "url", "reddit.com/r/logistics"));
    CarouselOutput carousel = RecordTrees.withComponent(Samples.carouselOutput(), "canvaEditLink",
        "http://www.canva.com/design/DAF1234/edit");

    assertThat(Violations.paths(new CommunityFinderOutput(communities))).containsExactly("communities[0].url");
    assertThat(Violations.paths(carousel)).containsExactly("canvaEditLink");
    assertThat(Violations.paths(RecordTrees.withComponent(carousel, "canvaEditLink", null))).isEmpty();
  }

  @Test
  void whitepaperAbstractTravelsAsAbstract() {
    WhitepaperOutput output = Wire.decode(WhitepaperOutput.class, "{\"abstract\":\"Empty miles cost 6%.\"}");

    assertThat(output.abstractText()).isEqualTo("Empty miles cost 6%.");
    assertThat(Wire.encode(WhitepaperOutput.class, output)).contains("\"abstract\":\"Empty miles cost 6%.\"");
  }

  @Test
  void pitchDeckSlidesNeedBullets() {
    PitchDeckOutput deck = Samples.pitchDeckOutput();
    List<Object> slides = new ArrayList<>(deck.slides());
    slides.set(4, RecordTrees.withComponent(deck.slides().get(4), "bullets", List.of()));

    assertThat(Violations.paths(RecordTrees.withComponent(deck, "slides", slides)))
        .containsExactly("slides[4].bullets");
  }

  private static ColdEmailOutput withSubjectLines(ColdEmailOutput output, List<String> lines) {
    return RecordTrees.withComponent(output, "subjectLines", lines);
  }
}
