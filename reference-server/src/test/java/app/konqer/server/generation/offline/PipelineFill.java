package app.konqer.server.generation.offline;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.colddm.ContextUsed;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.noshowshield.RiskLevel;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import app.konqer.sdk.services.objection.ObjectionType;
import app.konqer.sdk.services.warmranker.Lead;
import app.konqer.sdk.services.warmranker.RankedLead;
import app.konqer.sdk.services.warmranker.WarmrankerInput;
import app.konqer.sdk.services.warmranker.WarmrankerOutput;
import app.konqer.server.enrichment.Enrichment;
import app.konqer.server.generation.objection.ObjectionPlan;
import app.konqer.server.generation.objection.ObjectionPlanner;
import app.konqer.server.generation.scoring.NoShowRisk;
import app.konqer.server.generation.scoring.NoShowRiskScorer;
import app.konqer.server.generation.scoring.PersonalizationScorer;
import app.konqer.server.generation.scoring.WarmthScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Does around an offline generation what the generation pipeline does around any model: establishes the server
 * facts (enrichment, objection plan) before, and sets the server-computed members after, with the real scorers.
 */
final class PipelineFill {
  /** What Apollo would have found for the cold-dm prospects. */
  static final Enrichment ENRICHMENT =
      new Enrichment("VP Operations", 240, List.of("Samsara", "McLeod TMS", "Salesforce"), List.of("apollo"));

  private final PersonalizationScorer personalization = new PersonalizationScorer();
  private final WarmthScorer warmth = new WarmthScorer();
  private final NoShowRiskScorer noShowRisk = new NoShowRiskScorer();
  private final ObjectionPlanner planner = TestKnowledge.planner();

  /** The facts the pipeline hands to generation for this input. */
  ServerFacts factsFor(ServiceDefinition<?, ?> definition, ServiceInput input) {
    if (definition.service() == ServiceId.COLD_DM) {
      return ServerFacts.of(ENRICHMENT);
    }
    if (definition.service() == ServiceId.OBJECTION) {
      return ServerFacts.of(plan((ObjectionInput) input));
    }
    return ServerFacts.none();
  }

  ObjectionPlan plan(ObjectionInput input) {
    return planner.plan(input.objection(), input.preferredFramework(),
        input.dealContext() == null ? null : input.dealContext().industry());
  }

  /** The output with its server-computed members set as the pipeline sets them. */
  ServiceOutput fill(ServiceDefinition<?, ?> definition, ServiceInput input, ServerFacts facts,
      ServiceOutput output) {
    Map<ServiceId, UnaryOperator<ServiceOutput>> fills = new EnumMap<>(ServiceId.class);
    fills.put(ServiceId.COLD_DM, o -> coldDm((ColdDmInput) input, facts.enrichment(), (ColdDmOutput) o));
    fills.put(ServiceId.OBJECTION, o -> objection(facts.requireObjectionPlan(), (ObjectionOutput) o));
    fills.put(ServiceId.WARMRANKER, o -> warmranker((WarmrankerInput) input, (WarmrankerOutput) o));
    fills.put(ServiceId.NO_SHOW_SHIELD, o -> noShowShield((NoShowShieldInput) input, (NoShowShieldOutput) o));
    return fills.getOrDefault(definition.service(), UnaryOperator.identity()).apply(output);
  }

  private ColdDmOutput coldDm(ColdDmInput input, Enrichment enrichment, ColdDmOutput output) {
    int score = personalization.score(output.message(), input.prospectName(), input.company(),
        input.recentActivity(), enrichment.techStack()).score();
    return new ColdDmOutput(output.message(), score,
        new ContextUsed(input.recentActivity(), enrichment.techStack(), band(enrichment.companySize())),
        enrichment.sources());
  }

  private static ObjectionOutput objection(ObjectionPlan plan, ObjectionOutput output) {
    return new ObjectionOutput(output.response(), ObjectionType.valueOf(plan.type().name()),
        plan.framework().name(), plan.caseStudyId().orElse(null), output.structure());
  }

  private WarmrankerOutput warmranker(WarmrankerInput input, WarmrankerOutput output) {
    Map<String, List<String>> signals = new LinkedHashMap<>();
    for (Lead lead : input.leads()) {
      signals.putIfAbsent(lead.email(), lead.signals());
    }
    List<RankedLead> ranked = new ArrayList<>();
    for (RankedLead lead : output.ranked()) {
      ranked.add(new RankedLead(lead.email(), warmth.score(signals.get(lead.email())).score(), lead.reasons(),
          lead.recommendedAction()));
    }
    ranked.sort(Comparator.comparing(RankedLead::warmthScore).reversed());
    return new WarmrankerOutput(ranked);
  }

  private NoShowShieldOutput noShowShield(NoShowShieldInput input, NoShowShieldOutput output) {
    NoShowRisk risk = noShowRisk.assess(input.attendeeName(), input.bookedAt(), input.scheduledAt(),
        input.meetingType() == null ? null : input.meetingType().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        input.source() == null ? null : input.source().name().toLowerCase(Locale.ROOT),
        input.priorNoShows() == null ? 0 : input.priorNoShows());
    return new NoShowShieldOutput(risk.score(), RiskLevel.valueOf(risk.level().name()), risk.factors(),
        output.reminderPlan());
  }

  private static String band(Integer size) {
    if (size == null) {
      return null;
    }
    int[] upper = {10, 50, 200, 500, 1_000, 5_000, 10_000};
    int lower = 1;
    for (int bound : upper) {
      if (size <= bound) {
        return lower + "-" + bound;
      }
      lower = bound + 1;
    }
    return "10001+";
  }
}
