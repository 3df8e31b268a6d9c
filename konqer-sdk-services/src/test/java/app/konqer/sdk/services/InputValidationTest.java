package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.carousel.CarouselInput;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.coldemail.ColdEmailInput;
import app.konqer.sdk.services.coldemail.Prospect;
import app.konqer.sdk.services.communityfinder.CommunityFinderInput;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapInput;
import app.konqer.sdk.services.deckheatmap.DeckSlide;
import app.konqer.sdk.services.noshowshield.MeetingType;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.warmranker.Lead;
import app.konqer.sdk.services.warmranker.WarmrankerInput;
import app.konqer.sdk.services.whitepaper.WhitepaperInput;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules the server enforces on request bodies (422 {@code validation_failed}), checked with a real Validator. */
class InputValidationTest {
  /** The required members of each input, as the table stars them. */
  private static final Map<ServiceId, List<String>> REQUIRED = Map.ofEntries(
      Map.entry(ServiceId.COLD_DM, List.of("company", "offer", "prospectName")),
      Map.entry(ServiceId.BATTLECARDS, List.of("competitor", "ourProduct")),
      Map.entry(ServiceId.OBJECTION, List.of("objection")),
      Map.entry(ServiceId.COMMUNITY_FINDER, List.of("idealCustomer", "niche")),
      Map.entry(ServiceId.CAROUSEL, List.of("targetAudience", "topic")),
      Map.entry(ServiceId.COLD_EMAIL, List.of("prospect", "valueProposition")),
      Map.entry(ServiceId.PITCH_DECK, List.of("oneLiner", "problem", "solution", "startupName")),
      Map.entry(ServiceId.WHITEPAPER, List.of("audience", "topic")),
      Map.entry(ServiceId.DECK_HEATMAP, List.of("slides")),
      Map.entry(ServiceId.WEBINAR, List.of("audience", "niche")),
      Map.entry(ServiceId.WARMRANKER, List.of("leads")),
      Map.entry(ServiceId.NO_SHOW_SHIELD, List.of("attendeeName", "bookedAt", "scheduledAt")));

  static Stream<Named<ServiceDefinition<?, ?>>> services() {
    return ServiceDefinitions.all().stream().map(d -> Named.of(d.service().id(), d));
  }

  @ParameterizedTest
  @MethodSource("services")
  void anEmptyBodyViolatesExactlyTheRequiredMembers(ServiceDefinition<?, ?> service) {
    Object empty = Wire.decode(service.inputType(), "{}");

    assertThat(Violations.paths(empty)).containsExactlyElementsOf(REQUIRED.get(service.service()));
  }

  @ParameterizedTest
  @MethodSource("services")
  void everyTextMemberRefusesMoreThan5000Characters(ServiceDefinition<?, ?> service) {
    Record sample = (Record) Samples.of(service.service()).input();
    String tooLong = "x".repeat(Limits.TEXT + 1);

    List<RecordTrees.Leaf> leaves = RecordTrees.strings(sample);

    assertThat(leaves).isNotEmpty();
    for (RecordTrees.Leaf leaf : leaves) {
      assertThat(Violations.paths(leaf.with(tooLong))).as(leaf.path()).contains(leaf.path());
    }
  }

  @Test
  void freeTextAcceptsExactly5000Characters() {
    ColdDmInput input = Samples.coldDmInput().toBuilder()
        .offer("x".repeat(5000))
        .recentActivity(List.of("y".repeat(5000)))
        .build();

    assertThat(Violations.paths(input)).isEmpty();
    assertThat(Violations.messages(input.toBuilder().offer("x".repeat(5001)).build()))
        .containsExactly(Map.entry("offer", "size must be between 0 and 5000"));
  }

  @Test
  void blankRequiredTextIsRefused() {
    ColdDmInput input = Samples.coldDmInput().toBuilder().company("   ").build();

    assertThat(Violations.messages(input)).containsExactly(Map.entry("company", "must not be blank"));
  }

  @Test
  void anObjectionIsTenTo2000Characters() {
    ObjectionInput valid = Samples.objectionInput();

    assertThat(Violations.paths(valid.toBuilder().objection("Too pricey").build())).isEmpty();
    assertThat(Violations.paths(valid.toBuilder().objection("x".repeat(2000)).build())).isEmpty();
    assertThat(Violations.messages(valid.toBuilder().objection("Too much").build()))
        .containsExactly(Map.entry("objection", "size must be between 10 and 2000"));
    assertThat(Violations.paths(valid.toBuilder().objection("x".repeat(2001)).build()))
        .containsExactly("objection");
  }

  @Test
  void listsAreBounded() {
    assertThat(Violations.messages(Samples.coldDmInput().toBuilder()
        .recentActivity(Collections.nCopies(11, "Posted about diesel")).build()))
        .containsExactly(Map.entry("recentActivity", "size must be between 0 and 10"));
    assertThat(Violations.paths(Samples.communityFinderInput().toBuilder()
        .keywords(Collections.nCopies(21, "dispatch")).build()))
        .containsExactly("keywords");
    Lead lead = new Lead("dana@northwind.example", null, null, null);
    assertThat(Violations.paths(WarmrankerInput.builder().leads(Collections.nCopies(100, lead)).build()))
        .isEmpty();
    assertThat(Violations.messages(WarmrankerInput.builder().leads(Collections.nCopies(101, lead)).build()))
        .containsExactly(Map.entry("leads", "size must be between 1 and 100"));
    DeckSlide slide = new DeckSlide(null, "Route planning for regional fleets");
    assertThat(Violations.paths(DeckHeatmapInput.builder().slides(Collections.nCopies(30, slide)).build()))
        .isEmpty();
    assertThat(Violations.paths(DeckHeatmapInput.builder().slides(Collections.nCopies(31, slide)).build()))
        .containsExactly("slides");
    assertThat(Violations.paths(DeckHeatmapInput.builder().slides(List.of()).build()))
        .containsExactly("slides");
  }

  @Test
  void listItemsAreChecked() {
    CommunityFinderInput input = Samples.communityFinderInput().toBuilder()
        .keywords(List.of("dispatch", " ", "k".repeat(Limits.LABEL + 1)))
        .build();

    assertThat(Violations.messages(input)).containsExactly(
        Map.entry("keywords[1].<list element>", "must not be blank"),
        Map.entry("keywords[2].<list element>", "size must be between 0 and 500"));
  }

  @Test
  void nestedRecordsAreValidatedWithTheirPath() {
    ColdEmailInput email = Samples.coldEmailInput().toBuilder()
        .prospect(new Prospect("", "Northwind Logistics", null))
        .build();
    WarmrankerInput leads = WarmrankerInput.builder().leads(List.of(
            new Lead("dana@northwind.example", null, null, null),
            new Lead("not an address", null, null, List.of(""))))
        .build();
    DeckHeatmapInput deck = DeckHeatmapInput.builder()
        .slides(List.of(new DeckSlide("Problem", "Empty miles"), new DeckSlide("Title only", null)))
        .build();

    assertThat(Violations.messages(email)).containsExactly(Map.entry("prospect.name", "must not be blank"));
    assertThat(Violations.messages(leads)).containsExactly(
        Map.entry("leads[1].email", "must be a well-formed email address"),
        Map.entry("leads[1].signals[0].<list element>", "must not be blank"));
    assertThat(Violations.messages(deck)).containsExactly(Map.entry("slides[1].content", "must not be blank"));
  }

  @Test
  void aMissingProspectIsOneViolation() {
    ColdEmailInput input = new ColdEmailInput(null, "Cut empty miles", null, null);

    assertThat(Violations.messages(input)).containsExactly(Map.entry("prospect", "must not be null"));
  }

  @Test
  void numbersStayInTheirRanges() {
    assertThat(Violations.paths(Samples.carouselInput().toBuilder().slideCount(5).build())).isEmpty();
    assertThat(Violations.paths(Samples.carouselInput().toBuilder().slideCount(15).build())).isEmpty();
    assertThat(Violations.messages(Samples.carouselInput().toBuilder().slideCount(4).build()))
        .containsExactly(Map.entry("slideCount", "must be greater than or equal to 5"));
    assertThat(Violations.messages(Samples.carouselInput().toBuilder().slideCount(16).build()))
        .containsExactly(Map.entry("slideCount", "must be less than or equal to 15"));
    assertThat(Violations.paths(Samples.coldEmailInput().toBuilder().followUpCount(3).build())).isEmpty();
    assertThat(Violations.paths(Samples.coldEmailInput().toBuilder().followUpCount(4).build()))
        .containsExactly("followUpCount");
    assertThat(Violations.paths(Samples.coldEmailInput().toBuilder().followUpCount(-1).build()))
        .containsExactly("followUpCount");
    assertThat(Violations.paths(Samples.whitepaperInput().toBuilder().sectionCount(2).build()))
        .containsExactly("sectionCount");
    assertThat(Violations.paths(Samples.whitepaperInput().toBuilder().sectionCount(9).build()))
        .containsExactly("sectionCount");
    assertThat(Violations.paths(Samples.noShowShieldInput().toBuilder().priorNoShows(-1).build()))
        .containsExactly("priorNoShows");
  }

  @Test
  void absentNumbersTakeTheirDefaults() {
    CarouselInput carousel =
        Wire.decode(CarouselInput.class, "{\"topic\":\"Empty miles\",\"target_audience\":\"Ops\"}");
    ColdEmailInput email = Wire.decode(ColdEmailInput.class, "{}");
    WhitepaperInput whitepaper = WhitepaperInput.builder().topic("Empty miles").audience("CFOs").build();
    NoShowShieldInput noShow = Wire.decode(NoShowShieldInput.class, "{\"prior_no_shows\":null}");

    assertThat(carousel.slideCount()).isEqualTo(CarouselInput.DEFAULT_SLIDE_COUNT).isEqualTo(10);
    assertThat(email.followUpCount()).isEqualTo(ColdEmailInput.DEFAULT_FOLLOW_UP_COUNT).isZero();
    assertThat(whitepaper.sectionCount()).isEqualTo(WhitepaperInput.DEFAULT_SECTION_COUNT).isEqualTo(5);
    assertThat(noShow.priorNoShows()).isEqualTo(NoShowShieldInput.DEFAULT_PRIOR_NO_SHOWS).isZero();
    assertThat(Wire.tree(Wire.encode(CarouselInput.class, carousel))).isEqualTo(Wire.tree(
        "{\"topic\":\"Empty miles\",\"target_audience\":\"Ops\",\"slide_count\":10}"));
  }

  @Test
  void anEnumValueTheContractDoesNotKnowIsRefusedWithTheAcceptedValues() {
    ColdDmInput tone = Wire.decode(ColdDmInput.class,
        "{\"prospect_name\":\"Dana\",\"company\":\"Northwind\",\"offer\":\"Routes\",\"tone\":\"sarcastic\"}");
    NoShowShieldInput meeting = Samples.noShowShieldInput().toBuilder().meetingType(MeetingType.UNKNOWN).build();

    assertThat(tone.tone()).isEqualTo(Tone.UNKNOWN);
    assertThat(Violations.messages(tone)).containsExactly(Map.entry("tone", "must be one of friendly, direct, formal"));
    assertThat(Violations.messages(meeting)).containsExactly(Map.entry("meetingType",
        "must be one of discovery, demo, follow_up, closing, onboarding, other"));
  }

  @Test
  void anAttendeeEmailMustBeAnAddress() {
    NoShowShieldInput input = Samples.noShowShieldInput().toBuilder().attendeeEmail("dana at northwind").build();

    assertThat(Violations.paths(input)).containsExactly("attendeeEmail");
  }
}
