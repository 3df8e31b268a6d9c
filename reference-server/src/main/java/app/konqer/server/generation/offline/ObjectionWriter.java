package app.konqer.server.generation.offline;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.objection.DealContext;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import app.konqer.sdk.services.objection.ResponseStructure;
import app.konqer.server.generation.objection.CaseStudy;
import app.konqer.server.generation.objection.ObjectionPlan;
import app.konqer.server.generation.objection.ObjectionType;
import java.util.Map;

/**
 * Answers an objection in the four steps of the server's {@link ObjectionPlan}: empathy for the objection's type, a
 * reframe in the plan's framework, the plan's case study as evidence (or a reasoning step the prospect can check
 * when there is none, never an invented customer), and one concrete next step.
 *
 * <p>Sets {@code objection_type}, {@code framework_used} and {@code case_study_id} from the plan it is given, the
 * same values the pipeline sets; leaves nothing else to the pipeline.
 */
final class ObjectionWriter implements ServiceWriter<ObjectionInput, ObjectionOutput> {
  private static final Map<ObjectionType, String> EMPATHY = Map.of(
      ObjectionType.PRICE, "That is a fair point: {size} is a real budget line, and it deserves a hard look.",
      ObjectionType.TIMING, "That makes sense; with everything already on your plate, starting something new now "
          + "feels like a stretch.",
      ObjectionType.COMPETITOR, "Understood, and {competitor} is a solid choice that many teams rely on.",
      ObjectionType.AUTHORITY, "Of course; a decision like this should involve the people who own the budget and "
          + "the outcome.",
      ObjectionType.NEED, "Fair enough; if things work today, anything new has to earn its place.",
      ObjectionType.TRUST, "I understand the caution; you have probably heard big promises before.",
      ObjectionType.STATUS_QUO, "That is reasonable; changing a process that works carries real risk.",
      ObjectionType.OTHER, "Thank you for being straight with me; I would rather hear that now than later.");

  private static final Map<String, String> REFRAME_BY_FRAMEWORK = Map.of(
      "cost-vs-value", "Rather than compare price tags, let us compare the price with what the problem costs "
          + "you today. If that cost is larger, the real question is how quickly the investment pays "
          + "back.",
      "urgency-creation", "The real question is what waiting costs: every week things stay as they are, the "
          + "problem keeps costing time and revenue, so tying the start to a date that matters to you keeps that "
          + "cost small.",
      "social-proof", "You do not have to take my word for it; the better test is what teams like yours{industry} "
          + "saw once they went ahead.",
      "feel-felt-found", "Many of our customers felt exactly the same before they started, and what they found "
          + "was that the gain outweighed the concern once they saw results on their own data.",
      "isolate-and-confirm", "Can I check one thing: if we solved this to your satisfaction, is there anything "
          + "else that would stop you from moving forward?",
      "reframe-to-risk", "Standing still looks safe, but it has its own cost in lost revenue and time, and the "
          + "first step here is small and easy to reverse.",
      "competitive-contrast", "{Competitor} does a lot well; where we differ is in two or three outcomes you can "
          + "measure, so the fair comparison is a side-by-side on your own data.",
      "champion-enablement", "Who else will weigh in, and what matters most to them? I can give you a one-page "
          + "business case and join the next conversation, so you do not have to carry it alone.");

  private static final Map<ObjectionType, String> REFRAME_BY_TYPE = Map.of(
      ObjectionType.PRICE, REFRAME_BY_FRAMEWORK.get("cost-vs-value"),
      ObjectionType.TIMING, REFRAME_BY_FRAMEWORK.get("urgency-creation"),
      ObjectionType.COMPETITOR, REFRAME_BY_FRAMEWORK.get("competitive-contrast"),
      ObjectionType.AUTHORITY, REFRAME_BY_FRAMEWORK.get("champion-enablement"),
      ObjectionType.NEED, REFRAME_BY_FRAMEWORK.get("reframe-to-risk"),
      ObjectionType.TRUST, REFRAME_BY_FRAMEWORK.get("social-proof"),
      ObjectionType.STATUS_QUO, REFRAME_BY_FRAMEWORK.get("reframe-to-risk"),
      ObjectionType.OTHER, REFRAME_BY_FRAMEWORK.get("isolate-and-confirm"));

  private static final Map<ObjectionType, String> REASONING = Map.of(
      ObjectionType.PRICE, "A simple check: take the hours your team spends on this each week, multiply them by "
          + "their cost, and set that next to the price.",
      ObjectionType.TIMING, "A simple check: count what the current process costs per week and multiply it by "
          + "the weeks until your preferred start.",
      ObjectionType.COMPETITOR, "A simple check: run the same real task through both products and compare the "
          + "time and the result.",
      ObjectionType.AUTHORITY, "A one-page summary of the cost of the problem, the price and the expected payback "
          + "is usually what decision makers ask for first.",
      ObjectionType.NEED, "A simple check: look at last quarter's numbers for this process and see where time or "
          + "revenue was lost.",
      ObjectionType.TRUST, "Everything we claim can be tested on your own data in a short pilot, before you "
          + "commit to anything.",
      ObjectionType.STATUS_QUO, "A simple check: list what the current way costs each month in time, errors and "
          + "missed revenue.",
      ObjectionType.OTHER, "Most concerns at this point come down to one open question, and it is usually quick "
          + "to answer once it is named.");

  private static final Map<ObjectionType, String> ACTION = Map.of(
      ObjectionType.PRICE, "Can we spend 30 minutes this week building that comparison with your own numbers?",
      ObjectionType.TIMING, "Could we book 20 minutes next week to pick a start date that fits your calendar?",
      ObjectionType.COMPETITOR, "Would you be open to a two-week side-by-side on your own data, starting next "
          + "Monday?",
      ObjectionType.AUTHORITY, "Who should join a 30-minute call next week so they can ask their questions "
          + "directly?",
      ObjectionType.NEED, "Could we take 20 minutes this week to check whether the numbers back that up?",
      ObjectionType.TRUST, "Shall I set up a 15-minute reference call with a customer{industry} this week?",
      ObjectionType.STATUS_QUO, "Would a two-week pilot with one team, starting next week, be a fair first step?",
      ObjectionType.OTHER, "What would need to be true for this to be worth another 20 minutes next week?");

  @Override
  public ObjectionOutput write(ObjectionInput input, ServerFacts facts) {
    ObjectionPlan plan = facts.requireObjectionPlan();
    ObjectionType type = plan.type();
    DealContext deal = input.dealContext() == null ? new DealContext(null, null, null, null) : input.dealContext();
    String industry = Text.phrase(deal.industry(), 6, 60);
    String[] values = {
        "size", Text.present(deal.dealSize()) ? Text.clipWords(deal.dealSize(), 8, 60) : "the price",
        "competitor", Text.present(deal.competitor()) ? Text.clipWords(deal.competitor(), 6, 60)
            : "your current provider",
        "Competitor", Text.present(deal.competitor()) ? Text.clipWords(deal.competitor(), 6, 60)
            : "Your current provider",
        "industry", industry.isEmpty() ? "" : " in " + industry};

    String empathy = Text.fill(EMPATHY.get(type), values);
    String reframe = Text.fill(REFRAME_BY_FRAMEWORK.getOrDefault(plan.framework().id(), REFRAME_BY_TYPE.get(type)),
        values);
    String evidence = plan.caseStudy() == null ? REASONING.get(type) : evidence(plan.caseStudy());
    String action = Text.fill(ACTION.get(type), values);
    ResponseStructure structure = new ResponseStructure(Text.clip(empathy, Limits.TEXT),
        Text.clip(reframe, Limits.TEXT), Text.clip(evidence, Limits.TEXT), Text.clip(action, Limits.TEXT));
    String response = String.join(" ", structure.empathy(), structure.reframe(), structure.evidence(),
        structure.action());
    return new ObjectionOutput(Text.clip(response, Limits.TEXT),
        app.konqer.sdk.services.objection.ObjectionType.valueOf(type.name()),
        Text.clip(plan.framework().name(), Limits.LABEL), plan.caseStudyId().orElse(null), structure);
  }

  private static String evidence(CaseStudy caseStudy) {
    return Text.sentence(caseStudy.title(), 300) + " " + Text.sentence(caseStudy.summary(), 600)
        + " Result: " + Text.sentence(caseStudy.metric(), 200);
  }
}
