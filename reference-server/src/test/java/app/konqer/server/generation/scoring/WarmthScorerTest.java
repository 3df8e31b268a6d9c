package app.konqer.server.generation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmthScorerTest {
  private static final String HOT = "Call or message today while they are engaged, and propose a specific meeting time.";
  private static final String WARM = "Send a personal follow-up within 24 hours that builds on what they engaged with.";
  private static final String NURTURE =
      "Keep them in a nurture sequence with content matched to what they showed interest in.";
  private static final String COLD = "Deprioritize: try a new angle or channel in 30 days.";

  private final WarmthScorer scorer = new WarmthScorer();

  private WarmthScore score(String... signals) {
    return scorer.score(Arrays.asList(signals));
  }

  @Test
  void countsRepeatedOpens() {
    // "opened" +5 x 3 = 15, band 15+ -> nurture
    WarmthScore result = score("opened email 3 times");
    assertThat(result.score()).isEqualTo(15);
    assertThat(result.reasons()).containsExactly("opened email 3 times (+15)");
    assertThat(result.recommendedAction()).isEqualTo(NURTURE);
  }

  @Test
  void engagedLeadIsHot() {
    // opens 5x3=15, pricing +20, clicked +10, replied +35 = 80 -> call today
    WarmthScore result = score("opened email 3 times", "visited pricing page", "clicked link", "replied");
    assertThat(result.score()).isEqualTo(80);
    assertThat(result.reasons()).containsExactly("opened email 3 times (+15)", "visited pricing page (+20)",
        "clicked link (+10)", "replied (+35)");
    assertThat(result.recommendedAction()).isEqualTo(HOT);
  }

  @Test
  void bookedDemoAndDownloadIsWarm() {
    // booked +40, downloaded +15 = 55 -> follow up within 24 hours
    WarmthScore result = score("booked demo", "downloaded whitepaper");
    assertThat(result.score()).isEqualTo(55);
    assertThat(result.recommendedAction()).isEqualTo(WARM);
  }

  @Test
  void understandsCountFormsAndCase() {
    // each is 2 or 3 clicks at +10
    assertThat(score("clicked link twice").score()).isEqualTo(20);
    assertThat(score("CLICKED LINK 3x").score()).isEqualTo(30);
    assertThat(score("Clicked link x3").score()).isEqualTo(30);
    assertThat(score("3 clicks").score()).isEqualTo(30);
    assertThat(score("opened 0 times").score()).isZero();
  }

  @Test
  void capsOccurrencesPerSignalKindAcrossSignals() {
    // opens count up to 4: 2 + (3 capped to 2) = 4 opens x 5 = 20
    WarmthScore result = score("opened email twice", "opened email 3x", "opened email again");
    assertThat(result.score()).isEqualTo(20);
    assertThat(result.reasons()).containsExactly("opened email twice (+10)", "opened email 3x (+10)");
    // a single huge count is capped too: 4 x 5 = 20
    assertThat(score("opened 250 times").score()).isEqualTo(20);
  }

  @Test
  void unsubscribeWinsOverEngagement() {
    // opens +10, unsubscribed -60 = -50 -> 0, and outreach is forbidden whatever the score
    WarmthScore result = score("opened email 2 times", "unsubscribed");
    assertThat(result.score()).isZero();
    assertThat(result.reasons()).containsExactly("opened email 2 times (+10)", "unsubscribed (-60)");
    assertThat(result.recommendedAction()).isEqualTo("Do not email: the lead unsubscribed, respect the opt-out.");
  }

  @Test
  void forbiddingSignalOverridesAHotScore() {
    // booked +40, replied +35, clicked +10, bounced -50 = 35, still not to be emailed at this address
    WarmthScore result = score("booked demo", "replied", "clicked link", "email bounced");
    assertThat(result.score()).isEqualTo(35);
    assertThat(result.recommendedAction())
        .isEqualTo("Find a valid address before any outreach: the email bounced.");
  }

  @Test
  void specificPhrasesBeatBroadOnes() {
    // "replied: not interested" is -40 (not +35), "auto-reply: out of office" and "no reply" are 0
    WarmthScore result = score("replied: not interested", "auto-reply: out of office", "no reply yet");
    assertThat(result.score()).isZero();
    assertThat(result.reasons()).containsExactly("replied: not interested (-40)");
    assertThat(result.recommendedAction())
        .isEqualTo("Close the sequence politely and revisit only if their situation changes.");
  }

  @Test
  void clampsAtHundred() {
    // booked 40 + replied 35 + requested 35 + trial 30 = 140 -> 100
    assertThat(score("booked demo", "replied", "requested pricing", "started free trial").score())
        .isEqualTo(100);
  }

  @Test
  void unknownAndNeutralSignalsCountNothing() {
    WarmthScore result = score("liked a tweet", "did not open", null);
    assertThat(result.score()).isZero();
    assertThat(result.reasons()).isEmpty();
    assertThat(result.recommendedAction()).isEqualTo(COLD);
  }

  @Test
  void ranksWarmestFirstAndKeepsTiesInInputOrder() {
    List<RankedLead> ranked = scorer.rank(List.of(
        new LeadSignals("zoe@b.example", List.of("opened email")),          // 5
        new LeadSignals("amy@c.example", List.of("replied")),               // 35
        new LeadSignals("Bob@a.example", List.of("opened email")),          // 5
        new LeadSignals("carl@d.example", null),                            // 0
        new LeadSignals("ann@a.example", List.of("clicked link", "opened"))));  // 15

    assertThat(ranked).extracting(RankedLead::email).containsExactly(
        "amy@c.example", "ann@a.example", "zoe@b.example", "Bob@a.example", "carl@d.example");
    assertThat(ranked).extracting(lead -> lead.warmth().score()).containsExactly(35, 15, 5, 5, 0);
  }

  @Test
  void equalScoresFollowTheInputOrderWhicheverItIs() {
    List<LeadSignals> leads = List.of(
        new LeadSignals("b@x.example", List.of("clicked")),
        new LeadSignals("a@x.example", List.of("clicked")),
        new LeadSignals("c@x.example", List.of("visited pricing")));
    List<LeadSignals> reversed = List.of(leads.get(2), leads.get(1), leads.get(0));

    assertThat(scorer.rank(leads)).extracting(RankedLead::email)
        .containsExactly("c@x.example", "b@x.example", "a@x.example");
    assertThat(scorer.rank(reversed)).extracting(RankedLead::email)
        .containsExactly("c@x.example", "a@x.example", "b@x.example");
  }
}
