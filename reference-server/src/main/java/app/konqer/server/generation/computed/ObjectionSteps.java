package app.konqer.server.generation.computed;

import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import app.konqer.sdk.services.objection.ObjectionType;
import app.konqer.server.generation.objection.ObjectionPlan;
import app.konqer.server.generation.objection.ObjectionPlanner;
import app.konqer.server.generation.offline.ServerFacts;

/**
 * What the server does around an objection answer: the {@link ObjectionPlanner} classifies the objection and picks
 * the framework and case study before generation, the plan goes into the prompt, and afterwards
 * {@code objection_type}, {@code framework_used} and {@code case_study_id} are set from the plan.
 */
public final class ObjectionSteps {
  private final ObjectionPlanner planner;

  /**
   * Creates the steps.
   *
   * @param planner plans the answer from the seeded objection knowledge
   */
  public ObjectionSteps(ObjectionPlanner planner) {
    this.planner = planner;
  }

  /**
   * Plans the answer.
   *
   * @param input the request
   * @return the facts holding the plan
   */
  public ServerFacts facts(ObjectionInput input) {
    String industry = input.dealContext() == null ? null : input.dealContext().industry();
    return ServerFacts.of(planner.plan(input.objection(), input.preferredFramework(), industry));
  }

  /**
   * Sets the server-computed members from the plan.
   *
   * @param input the request
   * @param facts the plan
   * @param output the written answer
   * @return the completed output
   */
  public ObjectionOutput fill(ObjectionInput input, ServerFacts facts, ObjectionOutput output) {
    ObjectionPlan plan = facts.requireObjectionPlan();
    return new ObjectionOutput(output.response(), ObjectionType.valueOf(plan.type().name()),
        plan.framework().name(), plan.caseStudyId().orElse(null), output.structure());
  }
}
