package app.konqer.server.generation.offline;

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
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Inputs for every service: a realistic one, a variant of it that differs in one member, the required members only,
 * and edge inputs (lists at their maximum size, 5,000-character texts, names outside ASCII).
 */
final class Samples {
  /** One named input. */
  record Case(String name, ServiceInput input) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The inputs of one service. */
  record Inputs(ServiceInput realistic, ServiceInput variant, ServiceInput minimal, List<Case> edges) {
    List<Case> all() {
      List<Case> all = new java.util.ArrayList<>(List.of(new Case("realistic", realistic),
          new Case("variant", variant), new Case("minimal", minimal)));
      all.addAll(edges);
      return all;
    }
  }

  static final String UNICODE_NAME = "Zoë Ångström-Łukasiewicz";
  static final Instant BOOKED = Instant.parse("2026-02-26T09:30:00Z");

  private static final Map<ServiceId, Inputs> INPUTS = new EnumMap<>(Map.ofEntries(
      Map.entry(ServiceId.COLD_DM, coldDm()),
      Map.entry(ServiceId.BATTLECARDS, battlecards()),
      Map.entry(ServiceId.OBJECTION, objection()),
      Map.entry(ServiceId.COMMUNITY_FINDER, communityFinder()),
      Map.entry(ServiceId.CAROUSEL, carousel()),
      Map.entry(ServiceId.COLD_EMAIL, coldEmail()),
      Map.entry(ServiceId.PITCH_DECK, pitchDeck()),
      Map.entry(ServiceId.WHITEPAPER, whitepaper()),
      Map.entry(ServiceId.DECK_HEATMAP, deckHeatmap()),
      Map.entry(ServiceId.WEBINAR, webinar()),
      Map.entry(ServiceId.WARMRANKER, warmranker()),
      Map.entry(ServiceId.NO_SHOW_SHIELD, noShowShield())));

  private Samples() {}

  static Inputs of(ServiceDefinition<?, ?> definition) {
    Inputs inputs = INPUTS.get(definition.service());
    if (inputs == null) {
      throw new IllegalArgumentException("No sample inputs for " + definition.service());
    }
    return inputs;
  }

  /** Prose of exactly {@code length} characters, sentences repeated. */
  static String prose(int length) {
    String sentence = "Regional fleets lose margin on every empty mile, and dispatchers plan loads by hand. ";
    return sentence.repeat(length / sentence.length() + 1).substring(0, length);
  }

  /** Text of exactly {@code length} characters without any space, as Chinese or Japanese is written. */
  static String ideographs(int length) {
    return "区域车队在每一英里空驶中损失利润调度员手工规划货物".repeat(length / 25 + 1).substring(0, length);
  }

  static <T> List<T> times(int count, java.util.function.IntFunction<T> item) {
    return IntStream.range(0, count).mapToObj(item).toList();
  }

  private static Inputs coldDm() {
    ColdDmInput realistic = ColdDmInput.builder()
        .prospectName("Dana Whitfield")
        .company("Northwind Logistics")
        .offer("Route planning that cuts empty miles by 18% for regional fleets")
        .linkedinUrl("https://www.linkedin.com/in/dana-whitfield")
        .role("VP Operations")
        .tone(Tone.DIRECT)
        .recentActivity(List.of("Posted about rising diesel costs", "Spoke at Freight Forward 2026"))
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().prospectName("Marcus Lee").build(),
        ColdDmInput.builder().prospectName("Dana").company("Acme").offer("CRM").build(),
        List.of(
            new Case("longest", ColdDmInput.builder()
                .prospectName(UNICODE_NAME + " " + prose(4_970))
                .company(prose(5_000)).offer(prose(5_000))
                .linkedinUrl(prose(5_000)).role(prose(5_000)).tone(Tone.FORMAL)
                .recentActivity(times(10, i -> "Posted about " + prose(4_987))).build()),
            new Case("ideographs", ColdDmInput.builder()
                .prospectName("李娜").company("北京顺达物流有限公司").offer(ideographs(5_000)).role("运营副总裁")
                .tone(Tone.FRIENDLY).recentActivity(List.of(ideographs(5_000), ideographs(30))).build()),
            new Case("unrecognised activity", ColdDmInput.builder()
                .prospectName("Dr. Ana-María O'Connor").company("Östra Frakt AB").offer("Load matching for "
                    + "carriers in the Nordics").recentActivity(List.of("Opened a new depot in Malmö")).build())));
  }

  private static Inputs battlecards() {
    BattlecardsInput realistic = BattlecardsInput.builder()
        .competitor("RouteMaster Pro")
        .ourProduct("Northwind Planner, route optimisation for regional fleets")
        .targetSegment("fleets of 50 to 500 trucks")
        .dealStage("negotiation")
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().competitor("FleetGenius").build(),
        BattlecardsInput.builder().competitor("Salesforce").ourProduct("Konqer").build(),
        List.of(new Case("longest", BattlecardsInput.builder().competitor(prose(5_000)).ourProduct(prose(5_000))
                .targetSegment(prose(5_000)).dealStage(prose(5_000)).build()),
            new Case("ideographs", BattlecardsInput.builder().competitor(ideographs(5_000))
                .ourProduct(ideographs(5_000)).targetSegment("中小企业").dealStage("谈判").build())));
  }

  private static Inputs objection() {
    ObjectionInput realistic = ObjectionInput.builder()
        .objection("Honestly, your price is too expensive for us; the current vendor is 30% cheaper.")
        .dealContext(new DealContext("negotiation", "EUR 48,000 a year", "SaaS", "RouteMaster Pro"))
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().objection("We don't need this right now, our process works fine.").build(),
        ObjectionInput.builder().objection("Send me more info").build(),
        List.of(new Case("longest", ObjectionInput.builder().objection(prose(2_000))
                .dealContext(new DealContext(prose(5_000), prose(5_000), prose(5_000), prose(5_000)))
                .preferredFramework(prose(500)).build()),
            new Case("preferred framework", realistic.toBuilder().preferredFramework("social proof").build()),
            new Case("no case study", ObjectionInput.builder()
                .objection("I need to run this by my boss and procurement first.").build()),
            new Case("ideographs", ObjectionInput.builder().objection(ideographs(2_000))
                .dealContext(new DealContext("谈判", "¥300,000", "物流", "竞争对手")).build())));
  }

  private static Inputs communityFinder() {
    CommunityFinderInput realistic = CommunityFinderInput.builder()
        .niche("B2B route planning")
        .idealCustomer("Fleet managers at regional carriers")
        .keywords(List.of("empty miles", "dispatch", "backhaul"))
        .platforms(List.of("reddit", "linkedin", "slack"))
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().niche("Cold chain logistics").build(),
        CommunityFinderInput.builder().niche("CRM").idealCustomer("CRM").build(),
        List.of(new Case("longest", CommunityFinderInput.builder().niche(prose(5_000)).idealCustomer(prose(5_000))
                .keywords(times(20, i -> "keyword " + i + " " + prose(480)))
                .platforms(times(10, i -> "Platform " + i + " " + prose(480))).build()),
            new Case("one platform", realistic.toBuilder().keywords(List.of()).platforms(List.of("Discord"))
                .build()),
            new Case("unknown platform", realistic.toBuilder().platforms(List.of("Hacker News")).build()),
            new Case("ideographs", CommunityFinderInput.builder().niche("物流").idealCustomer("车队经理")
                .keywords(List.of("空驶")).platforms(List.of("微信")).build())));
  }

  private static Inputs carousel() {
    CarouselInput realistic = CarouselInput.builder()
        .topic("Five signs your fleet is driving empty")
        .targetAudience("operations leads at regional carriers")
        .slideCount(8)
        .tone(Tone.FRIENDLY)
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().topic("How to win back lost customers").build(),
        CarouselInput.builder().topic("Cold outreach").targetAudience("SDRs").build(),
        List.of(new Case("longest", CarouselInput.builder().topic(prose(5_000)).targetAudience(prose(5_000))
                .slideCount(15).tone(Tone.DIRECT).build()),
            new Case("shortest", realistic.toBuilder().slideCount(5).tone(Tone.FORMAL).build()),
            new Case("ideographs", CarouselInput.builder().topic(ideographs(5_000)).targetAudience("销售团队")
                .build())));
  }

  private static Inputs coldEmail() {
    ColdEmailInput realistic = ColdEmailInput.builder()
        .prospect(new Prospect("Dana Whitfield", "Northwind Logistics", "VP Operations"))
        .valueProposition("Cut empty miles by 18% without changing your TMS")
        .tone(Tone.FRIENDLY)
        .followUpCount(2)
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().valueProposition("Book twice as many demos from the same list").build(),
        ColdEmailInput.builder().prospect(new Prospect("Dana", "Acme", null)).valueProposition("Save time")
            .build(),
        List.of(new Case("longest", ColdEmailInput.builder()
                .prospect(new Prospect(UNICODE_NAME + " " + prose(4_970), prose(5_000), prose(5_000)))
                .valueProposition(prose(5_000)).tone(Tone.FORMAL).followUpCount(3).build()),
            new Case("direct", realistic.toBuilder().tone(Tone.DIRECT).followUpCount(3).build()),
            new Case("ideographs", ColdEmailInput.builder().prospect(new Prospect("李娜", "北京顺达物流有限公司", null))
                .valueProposition(ideographs(5_000)).followUpCount(1).build())));
  }

  private static Inputs pitchDeck() {
    PitchDeckInput realistic = PitchDeckInput.builder()
        .startupName("Northwind")
        .oneLiner("Route planning that cuts empty miles for regional fleets")
        .problem("Regional fleets drive 20% of their miles empty. Dispatchers match loads by phone and "
            + "spreadsheet.")
        .solution("Load matching and route optimisation in one planner. It plugs into the TMS fleets already use.")
        .market("1.2 million regional trucks in the EU; EUR 2.4B serviceable market.")
        .traction("14 paying fleets, EUR 310k ARR, 12% month-over-month growth.")
        .businessModel("SaaS at EUR 45 per truck per month, annual contracts.")
        .ask("EUR 2M seed for 18 months of runway")
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().startupName("Southwind").build(),
        PitchDeckInput.builder().startupName("Acme").oneLiner("CRM for plumbers").problem("Plumbers lose leads")
            .solution("A simple CRM").build(),
        List.of(new Case("longest", PitchDeckInput.builder().startupName(prose(5_000)).oneLiner(prose(5_000))
                .problem(prose(5_000)).solution(prose(5_000)).market(prose(5_000)).traction(prose(5_000))
                .businessModel(prose(5_000)).ask(prose(5_000)).build()),
            new Case("no traction", realistic.toBuilder().traction(null).build()),
            new Case("ideographs", PitchDeckInput.builder().startupName("顺达").oneLiner(ideographs(5_000))
                .problem(ideographs(5_000)).solution(ideographs(5_000)).build())));
  }

  private static Inputs whitepaper() {
    WhitepaperInput realistic = WhitepaperInput.builder()
        .topic("The hidden cost of empty miles")
        .audience("CFOs of regional carriers")
        .sectionCount(4)
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().topic("Pricing strategy for SaaS startups").build(),
        WhitepaperInput.builder().topic("Sales").audience("Founders").build(),
        List.of(new Case("longest", WhitepaperInput.builder().topic(prose(5_000)).audience(prose(5_000))
                .sectionCount(8).tone(Tone.DIRECT).build()),
            new Case("shortest", realistic.toBuilder().sectionCount(3).tone(Tone.FRIENDLY).build()),
            new Case("ideographs", WhitepaperInput.builder().topic(ideographs(5_000)).audience("财务总监").build())));
  }

  private static Inputs deckHeatmap() {
    DeckHeatmapInput realistic = DeckHeatmapInput.builder().slides(List.of(
        new DeckSlide("Northwind", "Route planning for regional fleets"),
        new DeckSlide("Regional fleets drive 20% of their miles empty",
            "Dispatchers match loads by phone. Every empty mile costs EUR 1.10 in diesel and driver time."),
        new DeckSlide("Solution", "A revolutionary, disruptive, world-class platform that leverages synergies "
            + "across the whole logistics value chain to create a paradigm shift in how fleets are run, while "
            + "also making dispatchers happier, customers more loyal and investors richer than ever before, in "
            + "every market we could possibly enter over the next decade and beyond. It integrates with every "
            + "system, every partner and every customer workflow you can imagine, without any effort."),
        new DeckSlide("Traction", "14 paying fleets, EUR 310k ARR, 12% month-over-month growth"),
        new DeckSlide(null, "Team: ex-DHL and ex-Uber Freight founders"))).build();
    return new Inputs(realistic,
        DeckHeatmapInput.builder().slides(realistic.slides().subList(0, 4)).build(),
        DeckHeatmapInput.builder().slides(List.of(new DeckSlide(null, "Hello"))).build(),
        List.of(new Case("longest", DeckHeatmapInput.builder()
                .slides(times(30, i -> new DeckSlide(prose(5_000), prose(5_000)))).build()),
            new Case("ideographs", DeckHeatmapInput.builder()
                .slides(List.of(new DeckSlide(null, ideographs(5_000)), new DeckSlide("问题", "空驶率20%")))
                .build())));
  }

  private static Inputs webinar() {
    WebinarInput realistic = WebinarInput.builder()
        .niche("B2B route planning")
        .audience("operations leads at regional carriers")
        .candidateTopics(List.of("Cutting empty miles in 2026", "AI trends", "How to plan backhauls with live "
            + "load boards for regional carriers"))
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().candidateTopics(List.of("Fuel surcharges explained")).build(),
        WebinarInput.builder().niche("CRM").audience("founders").build(),
        List.of(new Case("longest", WebinarInput.builder().niche(prose(5_000)).audience(prose(5_000))
                .candidateTopics(times(20, i -> "Topic " + i + " " + prose(480))).build()),
            new Case("ideographs", WebinarInput.builder().niche(ideographs(5_000)).audience("车队经理")
                .candidateTopics(List.of("空驶", ideographs(500))).build())));
  }

  private static Inputs warmranker() {
    WarmrankerInput realistic = WarmrankerInput.builder().leads(List.of(
        new Lead("dana@northwind.example", "Dana Whitfield", "Northwind Logistics",
            List.of("Opened the last 3 emails", "Visited the pricing page")),
        new Lead("marcus@southwind.example", "Marcus Lee", "Southwind", List.of("Replied: send me a proposal")),
        new Lead("eva@eastwind.example", null, null, List.of()),
        new Lead("ola@westwind.example", "Ola Nordmann", "Westwind AS", List.of("Unsubscribed")),
        new Lead("ann@northwind.example", "Ann Berg", "Northwind Logistics", List.of("Opened email 2 times"))))
        .build();
    return new Inputs(realistic,
        WarmrankerInput.builder().leads(realistic.leads().subList(0, 3)).build(),
        WarmrankerInput.builder().leads(List.of(new Lead("a@b.example", null, null, null))).build(),
        List.of(new Case("longest", WarmrankerInput.builder().leads(times(100, i -> new Lead(longEmail(i),
                UNICODE_NAME + prose(4_900), prose(5_000),
                times(20, j -> "Opened email " + j + " times " + prose(470))))).build()),
            new Case("ties", WarmrankerInput.builder().leads(List.of(
                new Lead("zed@z.example", null, null, List.of("Opened email")),
                new Lead("amy@a.example", null, null, List.of("Opened email")),
                new Lead("max@m.example", null, null, List.of("Visited the pricing page"))))
                .build())));
  }

  private static Inputs noShowShield() {
    NoShowShieldInput realistic = NoShowShieldInput.builder()
        .attendeeName("Dana Whitfield")
        .scheduledAt(Instant.parse("2026-03-12T15:00:00Z"))
        .bookedAt(BOOKED)
        .attendeeEmail("dana@northwind.example")
        .meetingType(MeetingType.DEMO)
        .source(BookingSource.OUTBOUND)
        .priorNoShows(1)
        .build();
    return new Inputs(realistic,
        realistic.toBuilder().priorNoShows(0).source(BookingSource.REFERRAL).build(),
        NoShowShieldInput.builder().attendeeName("Dana").scheduledAt(BOOKED.plusSeconds(3 * 86_400))
            .bookedAt(BOOKED).build(),
        List.of(new Case("longest", NoShowShieldInput.builder().attendeeName(UNICODE_NAME + " " + prose(4_970))
                .scheduledAt(BOOKED.plusSeconds(90L * 86_400)).bookedAt(BOOKED).attendeeEmail(longEmail(1))
                .meetingType(MeetingType.FOLLOW_UP).source(BookingSource.PAID).priorNoShows(100).build()),
            new Case("three minutes ahead", NoShowShieldInput.builder().attendeeName("李娜")
                .scheduledAt(BOOKED.plusSeconds(180)).bookedAt(BOOKED).meetingType(MeetingType.ONBOARDING).build()),
            new Case("booked at the start", NoShowShieldInput.builder().attendeeName("Dana")
                .scheduledAt(BOOKED).bookedAt(BOOKED).build())));
  }

  /** A valid address of 319 characters: a 64-character local part and four labels of a 254-character domain. */
  static String longEmail(int n) {
    String local = String.format("lead%04d", n) + "x".repeat(56);
    String label = "d".repeat(63);
    String domain = String.join(".", Collections.nCopies(3, label)) + "." + "e".repeat(54) + ".example";
    return local + "@" + domain;
  }
}
