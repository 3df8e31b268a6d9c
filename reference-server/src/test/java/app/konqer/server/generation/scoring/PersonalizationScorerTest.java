package app.konqer.server.generation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalizationScorerTest {
  private static final String NAME = "Dana Scully";
  private static final String COMPANY = "Acme Corp";
  private static final List<String> ACTIVITY =
      List.of("Posted about scaling SDR teams", "Announced Series B funding", "Spoke at SaaStr Europa");
  private static final List<String> STACK = List.of("HubSpot", "Salesforce", "Node.js", "Gong");

  private final PersonalizationScorer scorer = new PersonalizationScorer();

  private PersonalizationScore score(String message) {
    return scorer.score(message, NAME, COMPANY, ACTIVITY, STACK);
  }

  @Test
  void genericMessageScoresZero() {
    // 0 points earned; -15 "finds you well", -10 "quick question", -15 "came across your profile" = -40 -> 0
    PersonalizationScore result = score("Hi there, I hope this message finds you well. Quick question: are you the"
        + " right person to talk to about sales tools? I came across your profile and wanted to connect.");

    assertThat(result.score()).isZero();
    assertThat(result.genericPhrases())
        .containsExactly("finds you well", "came across your profile", "quick question");
    assertThat(result.firstNameMentioned()).isFalse();
    assertThat(result.companyMentioned()).isFalse();
  }

  @Test
  void genericMessageWithoutPenaltiesStillScoresLow() {
    // nothing about the prospect, nothing generic from the table: 0
    assertThat(score("Hi, we help sales teams book more meetings. Open to a chat next week?").score())
        .isLessThanOrEqualTo(20).isZero();
  }

  @Test
  void nameCompanyActivityAndStackScoreEightyFive() {
    // name +20, company +20 ("Acme" without "Corp"), one activity +25 ("scaling SDR teams"),
    // two tools +15 +5 (HubSpot, Salesforce) = 85
    PersonalizationScore result = score("Hi Dana, your post on scaling SDR teams at Acme stuck with me. Since"
        + " Acme already runs on HubSpot and Salesforce, our sequencing plugs straight in.");

    assertThat(result.score()).isEqualTo(85);
    assertThat(result.firstNameMentioned()).isTrue();
    assertThat(result.companyMentioned()).isTrue();
    assertThat(result.recentActivityMentioned()).containsExactly("Posted about scaling SDR teams");
    assertThat(result.techStackMentioned()).containsExactly("HubSpot", "Salesforce");
    assertThat(result.genericPhrases()).isEmpty();
  }

  @Test
  void oneOfEachSignalScoresEighty() {
    // 20 + 20 + 25 + 15 = 80
    assertThat(score("Dana, congrats on the Series B funding at Acme. Teams on Gong usually ask us about call notes.")
        .score()).isEqualTo(80);
  }

  @Test
  void everythingAtItsCapIsClampedToHundred() {
    // 20 + 20 + activity 25+10+10 + stack 15+5+5 (4th tool not counted) = 110 -> 100
    PersonalizationScore result = score("Dana, after your SaaStr Europa talk, the Series B funding news and your post on"
        + " scaling SDR teams, Acme looks ready: HubSpot, Salesforce, Node.js and Gong all connect to us.");

    assertThat(result.score()).isEqualTo(100);
    assertThat(result.recentActivityMentioned()).hasSize(3);
    assertThat(result.techStackMentioned()).hasSize(4);
  }

  @ParameterizedTest(name = "\"{0}\" costs {1}: 40 - {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "I hope this message finds you well.  | 15 | 25",
      "Hope this email finds you well!      | 15 | 25",
      "I came across your profile.          | 15 | 25",
      "Quick question:                      | 10 | 30",
      "Just touching base.                  | 10 | 30",
      "Wanted to touch base.                | 10 | 30",
      "Just following up.                   | 10 | 30",
      "Let's circle back.                   | 10 | 30",
      "Hope you're doing well.              | 10 | 30",
      "Hope you’re doing well.              | 10 | 30",
      "Hope you are doing well.             | 10 | 30",
      "Hope all is well.                    | 10 | 30",
      "I wanted to reach out.               | 10 | 30",
      "I know you're busy.                  | 10 | 30",
      "Could I pick your brain?             | 10 | 30",
      "To whom it may concern,              | 20 | 20",
      "Dear Sir or Madam,                   | 20 | 20"})
  void eachGenericPhraseCostsItsTableAmount(String phrase, int cost, int expected) {
    // name +20 and company +20 = 40 before the phrase
    assertThat(expected).isEqualTo(40 - cost);
    assertThat(score(phrase + " Dana, Acme is growing fast.").score()).isEqualTo(expected);
  }

  @Test
  void repeatedGenericPhraseCostsOnce() {
    // 40 - 10 ("quick question" counted once)
    assertThat(score("Quick question, Dana: quick question about Acme.").score()).isEqualTo(30);
  }

  @Test
  void penaltiesAddUpAndClampAtZero() {
    // name +20; "to whom" -20, "finds you well" -15, "quick question" -10, "touching base" -10: -35 -> 0
    assertThat(score("To whom it may concern, Dana: hope this finds you well... I mean, quick question, just"
        + " touching base.").score()).isZero();
  }

  @Test
  void matchingIgnoresCasePunctuationAndAccents() {
    // name +20 ("JOSÉ" for "José"), company +20 ("ACME'S" for "Acme Corp"), tool +15 ("HUBSPOT") = 55
    PersonalizationScore result = scorer.score("JOSE! ACME'S move to HUBSPOT...", "José Núñez", COMPANY,
        List.of(), STACK);
    assertThat(result.score()).isEqualTo(55);
  }

  @Test
  void accentedMessageMatchesPlainName() {
    // name +20 ("Zoë" in the message, "Zoe" given)
    assertThat(scorer.score("Hi Zoë, welcome aboard.", "Zoe", null, null, null).score()).isEqualTo(20);
  }

  @Test
  void namesMatchWholeWordsOnly() {
    // "Annual" does not mention "Ann": only the company +20
    assertThat(scorer.score("Annual planning at Acme?", "Ann", COMPANY, null, null).score()).isEqualTo(20);
  }

  @Test
  void titleIsNotTheFirstName() {
    // first name of "Dr. Dana Scully" is Dana: +20; "Dr" alone earns nothing
    assertThat(scorer.score("Hi Dana", "Dr. Dana Scully", null, null, null).score()).isEqualTo(20);
    assertThat(scorer.score("Hi Dr.", "Dr. Dana Scully", null, null, null).score()).isZero();
  }

  @Test
  void activityIsRecognisedByTwoOfItsKeywordsAcrossWordForms() {
    // "Hiring five new SDRs in Q3" has keywords hiring, five, sdrs; "hire" and "SDR" share two stems: +25
    PersonalizationScore result = scorer.score("Saw you plan to hire an SDR or two soon.", null, null,
        List.of("Hiring five new SDRs in Q3"), null);
    assertThat(result.score()).isEqualTo(25);

    // one shared keyword is not enough: 0
    assertThat(scorer.score("We help SDR teams.", null, null, List.of("Hiring five new SDRs in Q3"), null)
        .score()).isZero();
  }

  @Test
  void singleKeywordActivityNeedsThatKeyword() {
    // "Posted about Kubernetes": the one keyword appears: +25
    assertThat(scorer.score("Loved your Kubernetes take.", null, null, List.of("Posted about Kubernetes"), null)
        .score()).isEqualTo(25);
  }

  @Test
  void missingContextScoresOnlyPenalties() {
    assertThat(scorer.score("Hello!", null, null, null, null).score()).isZero();
    assertThat(scorer.score("", "", "", List.of(), List.of()).score()).isZero();
  }

  @Test
  void messageIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> scorer.score(null, NAME, COMPANY, ACTIVITY, STACK));
  }
}
