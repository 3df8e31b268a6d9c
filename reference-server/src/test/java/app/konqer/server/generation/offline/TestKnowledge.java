package app.konqer.server.generation.offline;

import app.konqer.server.generation.objection.CaseStudy;
import app.konqer.server.generation.objection.ObjectionFramework;
import app.konqer.server.generation.objection.ObjectionKnowledge;
import app.konqer.server.generation.objection.ObjectionPattern;
import app.konqer.server.generation.objection.ObjectionPlanner;
import app.konqer.server.generation.objection.ObjectionType;
import java.util.List;

/**
 * A slice of the objection knowledge the V3 migration seeds: the eight frameworks as seeded, a few patterns per type
 * and case studies for some types only, so that plans with and without a case study both occur.
 */
final class TestKnowledge {
  private TestKnowledge() {}

  static ObjectionPlanner planner() {
    return new ObjectionPlanner(knowledge());
  }

  static ObjectionKnowledge knowledge() {
    return new ObjectionKnowledge(
        List.of(
            new ObjectionPattern(ObjectionType.PRICE, "too expensive", 3),
            new ObjectionPattern(ObjectionType.PRICE, "price", 1),
            new ObjectionPattern(ObjectionType.PRICE, "budget", 1),
            new ObjectionPattern(ObjectionType.PRICE, "cheaper", 2),
            new ObjectionPattern(ObjectionType.TIMING, "next quarter", 2),
            new ObjectionPattern(ObjectionType.TIMING, "not a priority", 2),
            new ObjectionPattern(ObjectionType.TIMING, "budget + next quarter", 3),
            new ObjectionPattern(ObjectionType.COMPETITOR, "we already use", 3),
            new ObjectionPattern(ObjectionType.COMPETITOR, "current vendor", 2),
            new ObjectionPattern(ObjectionType.AUTHORITY, "my boss", 2),
            new ObjectionPattern(ObjectionType.AUTHORITY, "procurement", 2),
            new ObjectionPattern(ObjectionType.NEED, "don't need", 2),
            new ObjectionPattern(ObjectionType.TRUST, "never heard of you", 3),
            new ObjectionPattern(ObjectionType.TRUST, "prove it", 2),
            new ObjectionPattern(ObjectionType.STATUS_QUO, "spreadsheets", 2),
            new ObjectionPattern(ObjectionType.STATUS_QUO, "works fine", 2),
            new ObjectionPattern(ObjectionType.OTHER, "send me more info", 3)),
        List.of(
            framework("champion-enablement", "Champion Enablement", ObjectionType.AUTHORITY),
            framework("competitive-contrast", "Competitive Contrast", ObjectionType.COMPETITOR),
            framework("cost-vs-value", "Cost vs Value", ObjectionType.PRICE),
            framework("feel-felt-found", "Feel-Felt-Found", ObjectionType.OTHER, ObjectionType.TRUST,
                ObjectionType.PRICE, ObjectionType.NEED),
            framework("isolate-and-confirm", "Isolate and Confirm", ObjectionType.OTHER, ObjectionType.PRICE,
                ObjectionType.TIMING, ObjectionType.AUTHORITY),
            framework("reframe-to-risk", "Reframe to Risk", ObjectionType.NEED, ObjectionType.STATUS_QUO),
            framework("social-proof", "Social Proof", ObjectionType.TRUST, ObjectionType.COMPETITOR,
                ObjectionType.NEED),
            framework("urgency-creation", "Urgency Creation", ObjectionType.TIMING, ObjectionType.STATUS_QUO)),
        List.of(
            new CaseStudy("cs-saas-payback", "A 40-person SaaS sales team paid back the licence in one quarter",
                "SaaS", ObjectionType.PRICE,
                "The team priced the tool against the hours its SDRs spent researching prospects by hand and "
                    + "recovered the cost from time saved alone.", "Payback in 11 weeks"),
            new CaseStudy("cs-logistics-quarter", "A logistics provider started two weeks before its busy season",
                "Logistics", ObjectionType.TIMING,
                "Rolling out with one team before peak season meant the team was productive when volume arrived "
                    + "instead of after.", "18% more meetings in peak season"),
            new CaseStudy("cs-saas-switch", "A B2B SaaS company switched from its incumbent mid-contract", "SaaS",
                ObjectionType.COMPETITOR,
                "A side-by-side test on the same accounts showed the difference in reply rates before the renewal "
                    + "came up.", "2.3x reply rate versus the incumbent"),
            new CaseStudy("cs-cyber-trust", "A security vendor verified results before signing", "Cybersecurity",
                ObjectionType.TRUST,
                "A paid pilot with agreed success criteria and a reference call with a peer replaced the leap of "
                    + "faith.", "Pilot goals met in 30 days")));
  }

  private static ObjectionFramework framework(String id, String name, ObjectionType... types) {
    return new ObjectionFramework(id, name, "How " + name + " works.", List.of(types));
  }
}
