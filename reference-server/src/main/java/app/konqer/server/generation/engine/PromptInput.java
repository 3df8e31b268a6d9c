package app.konqer.server.generation.engine;

import app.konqer.server.enrichment.Enrichment;
import app.konqer.server.generation.objection.CaseStudy;
import app.konqer.server.generation.objection.ObjectionPlan;
import app.konqer.server.generation.offline.ServerFacts;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user message of a generation: the request's input as JSON, as the client sent it (snake_case members), with
 * the facts the server established added as members of their own: {@code enrichment} (title, estimated employees
 * and tech stack found for a cold-dm prospect) and {@code plan} (the objection type, framework and case study the
 * server chose). Each service's system prompt names the members it reads.
 */
final class PromptInput {
  private final Moshi moshi;
  private final JsonAdapter<Object> json;

  PromptInput(Moshi moshi) {
    this.moshi = moshi;
    this.json = moshi.adapter(Object.class);
  }

  <I> String of(Class<I> inputType, I input, ServerFacts facts) {
    Map<String, Object> message = new LinkedHashMap<>();
    Object fields = moshi.adapter(inputType).toJsonValue(input);
    if (fields instanceof Map<?, ?> members) {
      members.forEach((name, value) -> message.put((String) name, value));
    }
    if (!facts.enrichment().isEmpty()) {
      message.put("enrichment", enrichment(facts.enrichment()));
    }
    if (facts.objectionPlan() != null) {
      message.put("plan", plan(facts.objectionPlan()));
    }
    return json.toJson(message);
  }

  private static Map<String, Object> enrichment(Enrichment enrichment) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("title", enrichment.title());
    members.put("estimated_employees", enrichment.companySize());
    members.put("tech_stack", enrichment.techStack());
    return members;
  }

  private static Map<String, Object> plan(ObjectionPlan plan) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("objection_type", plan.type().id());
    Map<String, Object> framework = new LinkedHashMap<>();
    framework.put("name", plan.framework().name());
    framework.put("description", plan.framework().description());
    members.put("framework", framework);
    CaseStudy caseStudy = plan.caseStudy();
    if (caseStudy != null) {
      Map<String, Object> study = new LinkedHashMap<>();
      study.put("id", caseStudy.id());
      study.put("title", caseStudy.title());
      study.put("industry", caseStudy.industry());
      study.put("summary", caseStudy.summary());
      study.put("metric", caseStudy.metric());
      members.put("case_study", study);
    }
    return members;
  }
}
