package app.konqer.sdk.services;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.battlecards.BattlecardsInput;
import app.konqer.sdk.services.battlecards.BattlecardsOutput;
import app.konqer.sdk.services.battlecards.ObjectionHandler;
import app.konqer.sdk.services.carousel.CarouselInput;
import app.konqer.sdk.services.carousel.CarouselOutput;
import app.konqer.sdk.services.carousel.CarouselSlide;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.colddm.ContextUsed;
import app.konqer.sdk.services.coldemail.ColdEmailInput;
import app.konqer.sdk.services.coldemail.ColdEmailOutput;
import app.konqer.sdk.services.coldemail.FollowUp;
import app.konqer.sdk.services.coldemail.Prospect;
import app.konqer.sdk.services.communityfinder.Community;
import app.konqer.sdk.services.communityfinder.CommunityFinderInput;
import app.konqer.sdk.services.communityfinder.CommunityFinderOutput;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapInput;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapOutput;
import app.konqer.sdk.services.deckheatmap.DeckSlide;
import app.konqer.sdk.services.deckheatmap.ScoredSlide;
import app.konqer.sdk.services.noshowshield.BookingSource;
import app.konqer.sdk.services.noshowshield.MeetingType;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.noshowshield.Reminder;
import app.konqer.sdk.services.noshowshield.ReminderChannel;
import app.konqer.sdk.services.noshowshield.RiskLevel;
import app.konqer.sdk.services.objection.DealContext;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import app.konqer.sdk.services.objection.ObjectionType;
import app.konqer.sdk.services.objection.ResponseStructure;
import app.konqer.sdk.services.pitchdeck.PitchDeckInput;
import app.konqer.sdk.services.pitchdeck.PitchDeckOutput;
import app.konqer.sdk.services.pitchdeck.PitchDeckSlide;
import app.konqer.sdk.services.warmranker.Lead;
import app.konqer.sdk.services.warmranker.RankedLead;
import app.konqer.sdk.services.warmranker.WarmrankerInput;
import app.konqer.sdk.services.warmranker.WarmrankerOutput;
import app.konqer.sdk.services.webinar.Competition;
import app.konqer.sdk.services.webinar.WebinarInput;
import app.konqer.sdk.services.webinar.WebinarOutput;
import app.konqer.sdk.services.webinar.WebinarTopic;
import app.konqer.sdk.services.whitepaper.WhitepaperInput;
import app.konqer.sdk.services.whitepaper.WhitepaperOutput;
import app.konqer.sdk.services.whitepaper.WhitepaperSection;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic, valid input and output for every service, with every member set. The JSON files under
 * {@code src/test/resources/wire/<service>/} are the same values as the wire carries them.
 */
final class Samples {
  record Sample(ServiceInput input, ServiceOutput output) {}

  private static final Map<ServiceId, Sample> SAMPLES = new EnumMap<>(Map.ofEntries(
      Map.entry(ServiceId.COLD_DM, new Sample(coldDmInput(), coldDmOutput())),
      Map.entry(ServiceId.BATTLECARDS, new Sample(battlecardsInput(), battlecardsOutput())),
      Map.entry(ServiceId.OBJECTION, new Sample(objectionInput(), objectionOutput())),
      Map.entry(ServiceId.COMMUNITY_FINDER, new Sample(communityFinderInput(), communityFinderOutput())),
      Map.entry(ServiceId.CAROUSEL, new Sample(carouselInput(), carouselOutput())),
      Map.entry(ServiceId.COLD_EMAIL, new Sample(coldEmailInput(), coldEmailOutput())),
      Map.entry(ServiceId.PITCH_DECK, new Sample(pitchDeckInput(), pitchDeckOutput())),
      Map.entry(ServiceId.WHITEPAPER, new Sample(whitepaperInput(), whitepaperOutput())),
      Map.entry(ServiceId.DECK_HEATMAP, new Sample(deckHeatmapInput(), deckHeatmapOutput())),
      Map.entry(ServiceId.WEBINAR, new Sample(webinarInput(), webinarOutput())),
      Map.entry(ServiceId.WARMRANKER, new Sample(warmrankerInput(), warmrankerOutput())),
      Map.entry(ServiceId.NO_SHOW_SHIELD, new Sample(noShowShieldInput(), noShowShieldOutput()))));

  private Samples() {}

  static Sample of(ServiceId service) {
    Sample sample = SAMPLES.get(service);
    if (sample == null) {
      throw new IllegalArgumentException("No sample for " + service);
    }
    return sample;
  }

  static ColdDmInput coldDmInput() {
    return ColdDmInput.builder()
        .prospectName("Dana Whitfield")
        .company("Northwind Logistics")
        .offer("Route planning that cuts empty miles by 18% for regional fleets")
        .linkedinUrl("https://www.linkedin.com/in/dana-whitfield")
        .role("VP Operations")
        .tone(Tone.DIRECT)
        .recentActivity(List.of("Posted about rising diesel costs", "Spoke at Freight Forward 2026"))
        .build();
  }

  static ColdDmOutput coldDmOutput() {
    return new ColdDmOutput(
        "Hi Dana, your post on rising diesel costs hit home: regional fleets like Northwind's lose margin on every "
            + "empty mile. Teams on Samsara and McLeod cut empty miles by 18% with our planner, without changing "
            + "their TMS. Worth a 15-minute look next week?",
        82,
        new ContextUsed(List.of("Posted about rising diesel costs"), List.of("Samsara", "McLeod"), "201-500"),
        List.of("apollo"));
  }

  static BattlecardsInput battlecardsInput() {
    return BattlecardsInput.builder()
        .competitor("RouteMaster Pro")
        .ourProduct("Northwind Planner, route optimisation for regional fleets")
        .targetSegment("Fleets of 50 to 500 trucks")
        .dealStage("evaluation")
        .build();
  }

  static BattlecardsOutput battlecardsOutput() {
    return new BattlecardsOutput(
        "RouteMaster Pro wins on brand and breadth; we win on time to value and regional load matching.",
        List.of("Well-known brand", "Broad integration catalogue"),
        List.of("Six-month rollouts", "No load matching"),
        List.of("Live in two weeks", "Load matching built in"),
        List.of(new ObjectionHandler("RouteMaster is the safe choice.",
            "Safe for whom? Ask how long their last customer took to go live.")),
        List.of("How long did your last rollout take?", "Who matches backhauls today?"),
        "Acknowledge their brand, then move the conversation to time to value and empty miles.");
  }

  static ObjectionInput objectionInput() {
    return ObjectionInput.builder()
        .objection("Your price is 30% above what we pay today.")
        .dealContext(new DealContext("negotiation", "EUR 48,000 a year", "logistics", "RouteMaster Pro"))
        .preferredFramework("Cost vs Value")
        .build();
  }

  static ObjectionOutput objectionOutput() {
    return new ObjectionOutput(
        "I hear you: 30% is real money. Most fleets we talk to compare licence fees, but the bigger line is empty "
            + "miles. Baltic Freight cut theirs by 18% in one quarter, which paid for the planner four times over. "
            + "Shall we run your last quarter's routes through it?",
        ObjectionType.PRICE,
        "Cost vs Value",
        "baltic-freight-2025",
        new ResponseStructure(
            "I hear you: 30% is real money.",
            "The bigger line is empty miles, not the licence.",
            "Baltic Freight cut empty miles by 18% in one quarter.",
            "Shall we run your last quarter's routes through it?"));
  }

  static CommunityFinderInput communityFinderInput() {
    return CommunityFinderInput.builder()
        .niche("B2B route planning")
        .idealCustomer("Fleet managers at regional carriers")
        .keywords(List.of("empty miles", "dispatch"))
        .platforms(List.of("reddit", "linkedin"))
        .build();
  }

  static CommunityFinderOutput communityFinderOutput() {
    return new CommunityFinderOutput(List.of(
        new Community("r/logistics", "reddit", "https://www.reddit.com/r/logistics", 180000, 91,
            "Answer dispatch questions with numbers; never link your product in a first comment."),
        new Community("r/Truckers", "reddit", "https://www.reddit.com/r/Truckers", 250000, 64,
            "Listen for fleet-manager pain about deadhead miles."),
        new Community("Fleet Management Professionals", "linkedin",
            "https://www.linkedin.com/groups/1234567", 42000, 88, "Share one benchmark chart a month."),
        new Community("FreightCaviar", "slack", "https://freightcaviar.com/slack", 9000, 73,
            "Introduce yourself in #intros before posting anywhere else."),
        new Community("Dispatchers United", "facebook", "https://www.facebook.com/groups/dispatchersunited",
            31000, 69, "Offer a free route audit to one member a week.")));
  }

  static CarouselInput carouselInput() {
    return CarouselInput.builder()
        .topic("Five signs your fleet is driving empty")
        .targetAudience("Operations leads at regional carriers")
        .slideCount(5)
        .tone(Tone.FRIENDLY)
        .build();
  }

  static CarouselOutput carouselOutput() {
    return new CarouselOutput(
        "Your trucks drove 1 in 5 miles empty last year. Here is how to spot it.",
        List.of(
            new CarouselSlide(1, "Backhauls go unmatched", "Loads exist; nobody sees them in time.",
                "A truck driving on an empty highway at dusk"),
            new CarouselSlide(2, "Dispatch runs on spreadsheets", "Spreadsheets cannot match loads live.",
                "A cluttered spreadsheet with red cells"),
            new CarouselSlide(3, "Fuel per load keeps rising", "Empty miles burn diesel with no revenue.",
                "A fuel gauge dropping next to a rising chart"),
            new CarouselSlide(4, "Drivers wait at docks", "Idle hours hide in the schedule.",
                "A driver checking a watch at a loading dock"),
            new CarouselSlide(5, "Nobody owns utilisation", "What nobody measures, nobody improves.",
                "An org chart with an empty box")),
        "Comment ROUTES and I will send you our empty-miles checklist.",
        12000,
        "https://www.canva.com/design/DAF1234/edit");
  }

  static ColdEmailInput coldEmailInput() {
    return ColdEmailInput.builder()
        .prospect(new Prospect("Dana Whitfield", "Northwind Logistics", "VP Operations"))
        .valueProposition("Cut empty miles by 18% without changing your TMS")
        .tone(Tone.FORMAL)
        .followUpCount(2)
        .build();
  }

  static ColdEmailOutput coldEmailOutput() {
    return new ColdEmailOutput(
        List.of("Northwind's empty miles", "18% fewer empty miles, same TMS", "A question about backhauls"),
        "Dear Dana,\n\nRegional fleets lose margin on every empty mile. Our planner cut empty miles by 18% for "
            + "Baltic Freight without changing their TMS.\n\nWould a 15-minute call next Tuesday suit you?\n\n"
            + "Kind regards,\nSam",
        List.of(
            new FollowUp(3, "Re: Northwind's empty miles", "Dear Dana,\n\nA short follow-up on my note."),
            new FollowUp(7, "One number for Northwind", "Dear Dana,\n\n18% fewer empty miles in one quarter.")),
        12);
  }

  static PitchDeckInput pitchDeckInput() {
    return PitchDeckInput.builder()
        .startupName("Northwind")
        .oneLiner("Route planning that cuts empty miles for regional fleets")
        .problem("Regional fleets drive 20% of their miles empty")
        .solution("Load matching and route optimisation in one planner")
        .market("42,000 regional fleets in the EU")
        .traction("EUR 30k MRR, 14 fleets, 11% month-over-month growth")
        .businessModel("SaaS, EUR 40 per truck per month")
        .ask("EUR 2M seed for 18 months of runway")
        .build();
  }

  static PitchDeckOutput pitchDeckOutput() {
    return new PitchDeckOutput(List.of(
        slide(1, "Northwind", "Route planning that cuts empty miles", "Open with the 18% result."),
        slide(2, "Problem", "20% of regional miles are driven empty", "Make the waste tangible: fuel, hours."),
        slide(3, "Solution", "Load matching and routing in one planner", "One planner, not two tools."),
        slide(4, "Product", "Live backhaul board", "Show the board, not a screenshot of settings."),
        slide(5, "Market", "42,000 regional fleets in the EU", "Bottom-up: fleets times trucks times price."),
        slide(6, "Business model", "EUR 40 per truck per month", "Pricing scales with fleet size."),
        slide(7, "Traction", "EUR 30k MRR, 11% month-over-month", "Fourteen fleets, zero churn."),
        slide(8, "Competition", "RouteMaster Pro: slow rollouts", "We go live in two weeks."),
        slide(9, "Team", "Ex-DHL dispatch lead and ex-Uber Freight engineer", "Why this team wins."),
        slide(10, "Ask", "EUR 2M seed, 18 months of runway", "What the money buys: 100 fleets.")));
  }

  private static PitchDeckSlide slide(int index, String title, String bullet, String notes) {
    return new PitchDeckSlide(index, title, List.of(bullet), notes);
  }

  static WhitepaperInput whitepaperInput() {
    return WhitepaperInput.builder()
        .topic("The hidden cost of empty miles")
        .audience("CFOs of regional carriers")
        .sectionCount(3)
        .tone(Tone.FORMAL)
        .build();
  }

  static WhitepaperOutput whitepaperOutput() {
    return new WhitepaperOutput(
        "The Hidden Cost of Empty Miles",
        "Empty miles cost regional carriers up to 6% of revenue. This paper measures the cost and shows how to cut "
            + "it.",
        List.of(
            new WhitepaperSection("Measuring empty miles", "Most carriers undercount empty miles by half.\n\n"
                + "Start from telematics, not dispatch logs."),
            new WhitepaperSection("Where the cost hides", "Fuel is only a third of the cost of an empty mile."),
            new WhitepaperSection("Cutting empty miles", "Load matching recovers most empty miles within a "
                + "quarter.")),
        List.of("Measure from telematics", "Count driver hours, not just fuel"),
        "Book a free empty-miles audit at northwind.example/audit.");
  }

  static DeckHeatmapInput deckHeatmapInput() {
    return DeckHeatmapInput.builder()
        .slides(List.of(
            new DeckSlide("Northwind", "Route planning for regional fleets"),
            new DeckSlide("Problem", "Regional fleets drive 20% of their miles empty")))
        .build();
  }

  static DeckHeatmapOutput deckHeatmapOutput() {
    return new DeckHeatmapOutput(
        71,
        List.of(
            new ScoredSlide(1, "Northwind", 64, List.of("Clear name"), List.of("No hook"),
                "Add the 18% result under the name."),
            new ScoredSlide(2, "Problem", 78, List.of("Concrete number"), List.of("No source"),
                "Cite where the 20% comes from.")),
        List.of("No traction slide", "Market size unsupported"));
  }

  static WebinarInput webinarInput() {
    return WebinarInput.builder()
        .niche("B2B route planning")
        .audience("Operations leads at regional carriers")
        .candidateTopics(List.of("Cutting empty miles in 2026"))
        .build();
  }

  static WebinarOutput webinarOutput() {
    return new WebinarOutput(List.of(
        new WebinarTopic("Cutting empty miles in 2026", 84, Competition.MEDIUM,
            "Live teardown of a real fleet's routes", "live demo"),
        new WebinarTopic("Diesel prices and your routes", 71, Competition.HIGH,
            "What a 10-cent rise costs per truck", "panel")));
  }

  static WarmrankerInput warmrankerInput() {
    return WarmrankerInput.builder()
        .leads(List.of(
            new Lead("dana@northwind.example", "Dana Whitfield", "Northwind Logistics",
                List.of("Opened the last 3 emails", "Visited the pricing page")),
            new Lead("li@baltic.example", "Li Wen", "Baltic Freight", List.of("Opened 1 email"))))
        .build();
  }

  static WarmrankerOutput warmrankerOutput() {
    return new WarmrankerOutput(List.of(
        new RankedLead("dana@northwind.example", 87, List.of("Visited the pricing page", "Opens every email"),
            "Call today and offer a route audit."),
        new RankedLead("li@baltic.example", 34, List.of("One open, no clicks"),
            "Send the empty-miles checklist.")));
  }

  static NoShowShieldInput noShowShieldInput() {
    return NoShowShieldInput.builder()
        .attendeeName("Dana Whitfield")
        .scheduledAt(Instant.parse("2026-03-12T15:00:00Z"))
        .bookedAt(Instant.parse("2026-02-26T09:30:00Z"))
        .attendeeEmail("dana@northwind.example")
        .meetingType(MeetingType.DEMO)
        .source(BookingSource.OUTBOUND)
        .priorNoShows(1)
        .build();
  }

  static NoShowShieldOutput noShowShieldOutput() {
    return new NoShowShieldOutput(
        58,
        RiskLevel.MEDIUM,
        List.of("Booked 14 days ahead", "One prior no-show", "Outbound booking"),
        List.of(
            new Reminder(1440, ReminderChannel.EMAIL, "Looking forward to tomorrow's demo, Dana."),
            new Reminder(60, ReminderChannel.SMS, "Our demo starts in an hour. Link: northwind.example/demo")));
  }
}
