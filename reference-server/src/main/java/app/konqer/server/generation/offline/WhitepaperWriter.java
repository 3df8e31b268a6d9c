package app.konqer.server.generation.offline;

import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.whitepaper.WhitepaperInput;
import app.konqer.sdk.services.whitepaper.WhitepaperOutput;
import app.konqer.sdk.services.whitepaper.WhitepaperSection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a whitepaper of exactly {@code section_count} sections. The sections come from eight kinds in reading
 * order (where the topic stands, why the usual approach falls short, the cost of doing nothing, a framework, putting
 * it into practice, measuring, risks, what comes next); a shorter paper keeps the kinds with the highest priority,
 * still in reading order. Each section gives one key takeaway. The tone, formal by default, sets the voice of the
 * abstract and the call to action.
 *
 * <p>Leaves nothing to the pipeline.
 */
final class WhitepaperWriter implements ServiceWriter<WhitepaperInput, WhitepaperOutput> {
  private static final int MIN_SECTIONS = 3;
  private static final int MAX_SECTIONS = 8;

  private static final List<Kind> KINDS = List.of(
      new Kind(1, "Where {topic} stands today",
          List.of("For {audience}, {topic} has moved from a side project to a question the leadership team asks "
                  + "about. Expectations have risen faster than most processes have changed, and the gap shows up "
                  + "in missed targets, slower cycles and teams stretched thin.",
              "The organisations that handle it well share a few habits: they measure the problem before they "
                  + "solve it, they start small, and they make one person accountable for the result.",
              "This paper describes those habits and how to adopt them, without a large programme or a long "
                  + "transformation."),
          "Treat {topic} as a measurable business problem, not a side project."),
      new Kind(4, "Why the usual approach falls short",
          List.of("The usual response is to add a tool or a headcount. Both help for a quarter, then the same "
                  + "problems return, because the process underneath did not change.",
              "Three patterns explain most failures: ownership is split between teams, success is never defined in "
                  + "numbers, and the rollout tries to change everything at once.",
              "Each of these is avoidable, and avoiding them costs less than the tools that are usually bought to "
                  + "compensate for them."),
          "Tools and headcount do not fix a process nobody owns."),
      new Kind(5, "The hidden cost of doing nothing",
          List.of("Standing still feels free, but it is not. The cost appears as hours spent on repetitive work, "
                  + "opportunities that arrive too late, and people who leave because the work is frustrating.",
              "A simple estimate makes it visible: the hours lost each week, multiplied by their cost, plus the "
                  + "revenue at risk from slower response.",
              "For most {audience}, that figure is larger than the budget needed to address it, which turns the "
                  + "discussion from cost to return."),
          "Put a number on the cost of doing nothing before you debate the budget."),
      new Kind(2, "A practical framework for {audience}",
          List.of("The framework has four steps: measure the baseline, choose one workflow, improve it for a fixed "
                  + "period, and decide from the results.",
              "Measuring first keeps the effort honest. Choosing one workflow keeps it small enough to finish. A "
                  + "fixed period, typically four to six weeks, creates urgency without risk.",
              "The decision at the end is based on the organisation's own numbers rather than on a vendor's "
                  + "promise or an analyst's average."),
          "Measure, focus on one workflow, improve for a fixed period, then decide."),
      new Kind(3, "Putting it into practice",
          List.of("Start with the workflow where {topic} hurts most and where results are visible within weeks. "
                  + "Name one owner and agree on the one metric that defines success.",
              "Run the change with a single team first. Keep a short weekly review of the metric and write down "
                  + "what worked, so the next team starts from a playbook rather than from scratch.",
              "Only when the first team's results hold should the change be rolled out further."),
          "Pilot with one team and one owner; scale only what the numbers support."),
      new Kind(6, "Measuring what matters",
          List.of("Good measurement needs few metrics: one outcome metric the business cares about, and two or "
                  + "three leading indicators the team can influence every week.",
              "Report them on one page, with the baseline next to the current value. Trends matter more than "
                  + "snapshots, and a flat line is a signal to change course early.",
              "Avoid metrics that reward activity rather than results; they make the dashboard look busy while "
                  + "the outcome stays the same."),
          "One outcome metric and a few leading indicators beat a crowded dashboard."),
      new Kind(7, "Risks and how to manage them",
          List.of("The main risks are predictable: the pilot loses its owner, the metric is changed halfway, or "
                  + "the team sees the change as extra work.",
              "Each has a simple mitigation. Name a deputy owner from the start, freeze the metric for the pilot "
                  + "period, and remove one existing task for every new one.",
              "Data quality deserves its own check before the pilot begins, because a result built on incomplete "
                  + "data convinces nobody."),
          "Name a deputy owner, freeze the metric and remove work for every task you add."),
      new Kind(8, "What comes next",
          List.of("Expectations around {topic} will keep rising, and automation will take over more of the "
                  + "repetitive work. The advantage will go to the organisations that have already built the habit "
                  + "of measuring and improving.",
              "For {audience}, the next step is modest: pick the first workflow, measure it, and start.",
              "The organisations that begin this quarter will have a playbook by the time others start asking "
                  + "the question."),
          "Start this quarter; the habit of improving compounds."));

  private static final Map<Tone, Voice> VOICES = Map.of(
      Tone.FORMAL, new Voice(
          "This paper examines {topic} from the perspective of {audience}. It sets out why common approaches "
              + "fall short, proposes a practical framework and describes how to implement it with limited risk "
              + "and measurable results.",
          "To discuss how this framework applies to your organisation, contact us to arrange a short assessment "
              + "of your current process."),
      Tone.FRIENDLY, new Voice(
          "If you are one of the {audience} wondering how to get {topic} right, this paper is for you. We look at "
              + "why the usual fixes fade, share a simple framework, and show how to try it with one team first.",
          "Want to see how this would work for your team? Get in touch and we will walk through your process "
              + "together."),
      Tone.DIRECT, new Voice(
          "{Topic}, for {audience}: what goes wrong, a four-step framework that works, and how to run it in six "
              + "weeks with one team.",
          "Book a 30-minute assessment and leave with the first workflow to fix."));

  @Override
  public WhitepaperOutput write(WhitepaperInput input, ServerFacts facts) {
    int count = Math.max(MIN_SECTIONS, Math.min(MAX_SECTIONS, input.sectionCount() == null
        ? WhitepaperInput.DEFAULT_SECTION_COUNT : input.sectionCount()));
    Voice voice = voice(input.tone());
    String topic = Text.phrase(input.topic(), 12, 120);
    String[] values = {"topic", topic, "Topic", Text.capitalize(topic),
        "audience", Text.phrase(input.audience(), 10, 100)};

    List<Kind> kinds = KINDS.stream()
        .sorted(Comparator.comparingInt(Kind::priority)).limit(count)
        .sorted(Comparator.comparingInt(KINDS::indexOf))
        .toList();
    List<WhitepaperSection> sections = kinds.stream()
        .map(kind -> new WhitepaperSection(Text.clip(Text.fill(kind.heading(), values), Limits.LABEL),
            Text.cap(String.join("\n\n", kind.paragraphs().stream().map(p -> Text.fill(p, values)).toList()),
                Limits.LONG_TEXT)))
        .toList();
    List<String> takeaways = kinds.stream()
        .map(kind -> Text.clip(Text.fill(kind.takeaway(), values), Limits.LABEL))
        .toList();

    String title = Text.clip(Text.fill("{Topic}: a practical guide for {audience}", values), Limits.LABEL);
    return new WhitepaperOutput(title, Text.clip(Text.fill(voice.abstractText(), values), Limits.TEXT), sections,
        takeaways, Text.clip(voice.cta(), Limits.TEXT));
  }

  private static Voice voice(Tone tone) {
    return VOICES.getOrDefault(tone == null ? Tone.FORMAL : tone, VOICES.get(Tone.FORMAL));
  }

  private record Kind(int priority, String heading, List<String> paragraphs, String takeaway) {}

  private record Voice(String abstractText, String cta) {}
}
