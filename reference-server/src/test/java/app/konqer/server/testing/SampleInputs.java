package app.konqer.server.testing;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.battlecards.BattlecardsInput;
import app.konqer.sdk.services.carousel.CarouselInput;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.coldemail.ColdEmailInput;
import app.konqer.sdk.services.coldemail.Prospect;
import app.konqer.sdk.services.communityfinder.CommunityFinderInput;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapInput;
import app.konqer.sdk.services.deckheatmap.DeckSlide;
import app.konqer.sdk.services.noshowshield.BookingSource;
import app.konqer.sdk.services.noshowshield.MeetingType;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.objection.DealContext;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.pitchdeck.PitchDeckInput;
import app.konqer.sdk.services.warmranker.Lead;
import app.konqer.sdk.services.warmranker.WarmrankerInput;
import app.konqer.sdk.services.webinar.WebinarInput;
import app.konqer.sdk.services.whitepaper.WhitepaperInput;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One realistic, valid input per service, as a CRM integration would send it. */
public final class SampleInputs {
  private static final Map<ServiceId, ServiceInput> INPUTS = new EnumMap<>(Map.ofEntries(
      Map.entry(ServiceId.COLD_DM, ColdDmInput.builder()
          .prospectName("Dana Whitfield")
          .company("Northwind Logistics")
          .offer("Route planning that cuts empty miles by 18% for regional fleets")
          .role("VP Operations")
          .tone(Tone.DIRECT)
          .recentActivity(List.of("Posted about rising diesel costs"))
          .build()),
      Map.entry(ServiceId.BATTLECARDS, BattlecardsInput.builder()
          .competitor("RouteMaster Pro")
          .ourProduct("Northwind Planner, route optimisation for regional fleets")
          .targetSegment("Fleets of 50 to 500 trucks")
          .dealStage("evaluation")
          .build()),
      Map.entry(ServiceId.OBJECTION, ObjectionInput.builder()
          .objection("Your price is 30% above what we pay today, it is too expensive for us.")
          .dealContext(new DealContext("negotiation", "EUR 48,000 a year", "logistics", "RouteMaster Pro"))
          .build()),
      Map.entry(ServiceId.COMMUNITY_FINDER, CommunityFinderInput.builder()
          .niche("B2B route planning")
          .idealCustomer("Fleet managers at regional carriers")
          .keywords(List.of("empty miles", "dispatch"))
          .build()),
      Map.entry(ServiceId.CAROUSEL, CarouselInput.builder()
          .topic("Five signs your fleet is driving empty")
          .targetAudience("Operations leads at regional carriers")
          .slideCount(6)
          .build()),
      Map.entry(ServiceId.COLD_EMAIL, ColdEmailInput.builder()
          .prospect(new Prospect("Dana Whitfield", "Northwind Logistics", "VP Operations"))
          .valueProposition("Cut empty miles by 18% without changing your TMS")
          .followUpCount(2)
          .build()),
      Map.entry(ServiceId.PITCH_DECK, PitchDeckInput.builder()
          .startupName("Northwind")
          .oneLiner("Route planning that cuts empty miles for regional fleets")
          .problem("Regional fleets drive 20% of their miles empty")
          .solution("Load matching and route optimisation in one planner")
          .ask("EUR 2M seed")
          .build()),
      Map.entry(ServiceId.WHITEPAPER, WhitepaperInput.builder()
          .topic("The hidden cost of empty miles")
          .audience("CFOs of regional carriers")
          .sectionCount(4)
          .build()),
      Map.entry(ServiceId.DECK_HEATMAP, DeckHeatmapInput.builder()
          .slides(List.of(
              new DeckSlide("Northwind", "Route planning for regional fleets"),
              new DeckSlide("Problem", "Regional fleets drive 20% of their miles empty")))
          .build()),
      Map.entry(ServiceId.WEBINAR, WebinarInput.builder()
          .niche("B2B route planning")
          .audience("Operations leads at regional carriers")
          .candidateTopics(List.of("Cutting empty miles in 2026"))
          .build()),
      Map.entry(ServiceId.WARMRANKER, WarmrankerInput.builder()
          .leads(List.of(
              new Lead("cold@example.com", "Cole Drake", "Acme", List.of("opened email")),
              new Lead("warm@example.com", "Wanda Marsh", "Northwind", List.of("replied", "visited pricing page")),
              new Lead("tie@example.com", "Tia Ek", "Umbrella", List.of("opened email"))))
          .build()),
      Map.entry(ServiceId.NO_SHOW_SHIELD, NoShowShieldInput.builder()
          .attendeeName("Dana Whitfield")
          .scheduledAt(Instant.parse("2026-03-12T15:00:00Z"))
          .bookedAt(Instant.parse("2026-02-26T09:30:00Z"))
          .meetingType(MeetingType.DEMO)
          .source(BookingSource.OUTBOUND)
          .priorNoShows(1)
          .build())));

  private SampleInputs() {}

  /**
   * The sample input of a service.
   *
   * @param definition the service
   * @param <I> its input record
   * @return the input
   */
  public static <I extends ServiceInput> I of(ServiceDefinition<I, ?> definition) {
    return definition.inputType().cast(INPUTS.get(definition.service()));
  }
}
