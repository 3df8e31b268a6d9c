package app.konqer.server.generation.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores how warm a lead is from its engagement signals, and ranks leads by it.
 *
 * <p>Each signal is read by the first row of {@link #RULES} with a phrase it contains (whole words, case and accents
 * ignored), so the specific rows ("not interested", "no reply") come before the broad ones ("replied"). The signal
 * earns the row's points once per occurrence ("opened email 3 times" is 3 occurrences), and a row stops counting
 * after its maximum, across all the lead's signals. The total is clamped to 0..100. Unrecognised signals count 0.
 *
 * <table>
 *   <caption>Warmth points per occurrence</caption>
 *   <tr><th>Signal</th><th>Points</th><th>Counted up to</th></tr>
 *   <tr><td>marked as spam</td><td>-80</td><td>1, forbids contact</td></tr>
 *   <tr><td>unsubscribed, opted out</td><td>-60</td><td>1, forbids contact</td></tr>
 *   <tr><td>bounced, invalid email</td><td>-50</td><td>1, forbids contact</td></tr>
 *   <tr><td>not interested</td><td>-40</td><td>1, forbids contact</td></tr>
 *   <tr><td>no reply, did not open, out of office, auto-reply</td><td>0</td><td>-</td></tr>
 *   <tr><td>booked a demo or meeting</td><td>+40</td><td>1</td></tr>
 *   <tr><td>replied, responded</td><td>+35</td><td>1</td></tr>
 *   <tr><td>requested a demo, pricing or contact</td><td>+35</td><td>1</td></tr>
 *   <tr><td>started a trial, signed up</td><td>+30</td><td>1</td></tr>
 *   <tr><td>visited or viewed pricing</td><td>+20</td><td>2</td></tr>
 *   <tr><td>attended a webinar or event</td><td>+20</td><td>2</td></tr>
 *   <tr><td>forwarded an email</td><td>+15</td><td>2</td></tr>
 *   <tr><td>downloaded content</td><td>+15</td><td>2</td></tr>
 *   <tr><td>registered for a webinar or event</td><td>+10</td><td>1</td></tr>
 *   <tr><td>clicked a link</td><td>+10</td><td>3</td></tr>
 *   <tr><td>visited or viewed another page</td><td>+5</td><td>3</td></tr>
 *   <tr><td>opened an email</td><td>+5</td><td>4</td></tr>
 * </table>
 *
 * <p>The recommended action comes from the band of the score (70+, 40+, 15+, below), unless a signal forbids
 * contact: then the first such signal's action wins whatever the score.
 */
public final class WarmthScorer {
  static final List<SignalRule> RULES = List.of(
      SignalRule.stop(-80, "Do not contact: the lead reported your email as spam.",
          "marked as spam", "reported as spam", "reported spam", "flagged as spam", "spam complaint"),
      SignalRule.stop(-60, "Do not email: the lead unsubscribed, respect the opt-out.",
          "unsubscribed", "unsubscribe", "opted out", "opt out"),
      SignalRule.stop(-50, "Find a valid address before any outreach: the email bounced.",
          "bounced", "bounce", "invalid email", "undeliverable"),
      SignalRule.stop(-40, "Close the sequence politely and revisit only if their situation changes.",
          "not interested", "no interest", "stop emailing", "do not contact"),
      SignalRule.of(0, 0, "no reply", "no response", "did not", "didnt", "never", "not opened", "unopened",
          "out of office", "auto reply", "autoreply", "automatic reply"),
      SignalRule.of(40, 1, "booked", "scheduled a call", "scheduled a meeting", "scheduled a demo"),
      SignalRule.of(35, 1, "replied", "responded", "reply", "answered"),
      SignalRule.of(35, 1, "requested", "asked for", "contact form"),
      SignalRule.of(30, 1, "trial", "signed up", "sign up", "signup"),
      SignalRule.of(20, 2, "pricing"),
      SignalRule.of(20, 2, "attended", "joined webinar", "joined the webinar"),
      SignalRule.of(15, 2, "forwarded"),
      SignalRule.of(15, 2, "downloaded", "download", "downloads"),
      SignalRule.of(10, 1, "registered"),
      SignalRule.of(10, 3, "clicked", "click", "clicks"),
      SignalRule.of(5, 3, "visited", "visit", "visits", "viewed", "page view", "page views"),
      SignalRule.of(5, 4, "opened", "open", "opens"));

  private static final List<Band> BANDS = List.of(
      new Band(70, "Call or message today while they are engaged, and propose a specific meeting time."),
      new Band(40, "Send a personal follow-up within 24 hours that builds on what they engaged with."),
      new Band(15, "Keep them in a nurture sequence with content matched to what they showed interest in."),
      new Band(Scores.MIN, "Deprioritize: try a new angle or channel in 30 days."));

  /** Warmest first; the sort is stable, so equal scores keep the input order. */
  private static final Comparator<RankedLead> RANKING =
      Comparator.comparingInt((RankedLead lead) -> lead.warmth().score()).reversed();

  /** Creates a scorer; it holds no state. */
  public WarmthScorer() {
  }

  /**
   * Scores one lead.
   *
   * @param signals the lead's signals, such as {@code "opened email 3 times"}; {@code null} entries are skipped
   * @return the score, the signals that counted and the recommended action
   */
  public WarmthScore score(List<String> signals) {
    Objects.requireNonNull(signals, "signals");
    Map<SignalRule, Integer> counted = new HashMap<>();
    List<String> reasons = new ArrayList<>();
    String stopAction = null;
    int raw = 0;
    for (String signal : signals) {
      if (signal == null) {
        continue;
      }
      NormalizedText text = NormalizedText.of(signal);
      SignalRule rule = RULES.stream().filter(r -> r.matches(text)).findFirst().orElse(null);
      if (rule == null || rule.weight() == 0) {
        continue;
      }
      int already = counted.getOrDefault(rule, 0);
      int occurrences = Math.min(OccurrenceCount.of(text), rule.maxCount() - already);
      if (occurrences <= 0) {
        continue;
      }
      counted.put(rule, already + occurrences);
      int points = occurrences * rule.weight();
      raw += points;
      reasons.add(signal.strip() + " (" + (points > 0 ? "+" : "") + points + ")");
      if (stopAction == null && rule.stopAction() != null) {
        stopAction = rule.stopAction();
      }
    }
    int score = Scores.clamp(raw);
    return new WarmthScore(score, reasons, stopAction != null ? stopAction : bandAction(score));
  }

  /**
   * Scores and ranks leads: warmest first, equal scores in input order, as the warmranker contract orders them.
   *
   * @param leads the leads
   * @return one entry per lead
   */
  public List<RankedLead> rank(List<LeadSignals> leads) {
    Objects.requireNonNull(leads, "leads");
    List<RankedLead> ranked = new ArrayList<>(leads.size());
    for (LeadSignals lead : leads) {
      ranked.add(new RankedLead(lead.email(), score(lead.signals())));
    }
    ranked.sort(RANKING);
    return List.copyOf(ranked);
  }

  private static String bandAction(int score) {
    return BANDS.stream().filter(b -> score >= b.minScore()).findFirst().orElseThrow().action();
  }

  private record Band(int minScore, String action) {
  }
}
