package app.konqer.server.generation.computed;

import app.konqer.sdk.services.warmranker.Lead;
import app.konqer.sdk.services.warmranker.RankedLead;
import app.konqer.sdk.services.warmranker.WarmrankerInput;
import app.konqer.sdk.services.warmranker.WarmrankerOutput;
import app.konqer.server.generation.offline.ServerFacts;
import app.konqer.server.generation.scoring.LeadSignals;
import app.konqer.server.generation.scoring.WarmthScorer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets each lead's {@code warmth_score} from the {@link WarmthScorer} and orders the ranking by it: warmest first,
 * equal scores in input order. The written reasons and actions stay with their lead, matched by e-mail address.
 */
public final class WarmrankerFill {
  private final WarmthScorer scorer;

  /**
   * Creates the fill.
   *
   * @param scorer scores each lead's signals
   */
  public WarmrankerFill(WarmthScorer scorer) {
    this.scorer = scorer;
  }

  /**
   * Scores and orders the ranking.
   *
   * @param input the leads
   * @param facts unused
   * @param output the written ranking, one entry per input lead
   * @return the ranking with the server's scores, in the server's order
   */
  public WarmrankerOutput fill(WarmrankerInput input, ServerFacts facts, WarmrankerOutput output) {
    List<LeadSignals> leads = new ArrayList<>();
    for (Lead lead : input.leads()) {
      leads.add(new LeadSignals(lead.email(), lead.signals()));
    }
    Map<String, Deque<RankedLead>> written = new HashMap<>();
    for (RankedLead entry : output.ranked()) {
      written.computeIfAbsent(entry.email(), email -> new ArrayDeque<>()).add(entry);
    }
    List<RankedLead> ranked = new ArrayList<>();
    for (app.konqer.server.generation.scoring.RankedLead scored : scorer.rank(leads)) {
      RankedLead entry = written.get(scored.email()).remove();
      ranked.add(new RankedLead(entry.email(), scored.warmth().score(), entry.reasons(), entry.recommendedAction()));
    }
    return new WarmrankerOutput(ranked);
  }
}
