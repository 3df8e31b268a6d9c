package app.konqer.server.generation.offline;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.warmranker.Lead;
import app.konqer.sdk.services.warmranker.RankedLead;
import app.konqer.sdk.services.warmranker.WarmrankerInput;
import app.konqer.sdk.services.warmranker.WarmrankerOutput;
import app.konqer.server.generation.scoring.WarmthScore;
import app.konqer.server.generation.scoring.WarmthScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks leads with the server's {@link WarmthScorer}: one entry per input lead, warmest first, ties in input order.
 * The reasons are the signals that moved the score, with their points; the action is the scorer's recommendation
 * for the score band, or the one a do-not-contact signal imposes.
 *
 * <p>Sets {@code warmth_score} with the same scorer the pipeline uses, so the pipeline's overwrite changes nothing;
 * leaves nothing else to the pipeline.
 */
final class WarmrankerWriter implements ServiceWriter<WarmrankerInput, WarmrankerOutput> {
  private static final int MAX_REASONS = 5;

  private final WarmthScorer scorer;

  WarmrankerWriter(WarmthScorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  @Override
  public WarmrankerOutput write(WarmrankerInput input, ServerFacts facts) {
    List<RankedLead> ranked = new ArrayList<>();
    for (Lead lead : input.leads()) {
      WarmthScore warmth = scorer.score(lead.signals());
      ranked.add(new RankedLead(lead.email(), warmth.score(), reasons(lead, warmth),
          Text.clip(warmth.recommendedAction(), Limits.TEXT)));
    }
    ranked.sort(Comparator.comparing(RankedLead::warmthScore).reversed());
    return new WarmrankerOutput(ranked);
  }

  private static List<String> reasons(Lead lead, WarmthScore warmth) {
    if (!warmth.reasons().isEmpty()) {
      return warmth.reasons().stream().limit(MAX_REASONS).map(r -> Text.clip(r, Limits.LABEL)).toList();
    }
    return List.of(lead.signals().isEmpty()
        ? "No engagement signals recorded yet"
        : "None of the recorded signals shows buying intent yet");
  }
}
