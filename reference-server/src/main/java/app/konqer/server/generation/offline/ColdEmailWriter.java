package app.konqer.server.generation.offline;

import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.coldemail.ColdEmailInput;
import app.konqer.sdk.services.coldemail.ColdEmailOutput;
import app.konqer.sdk.services.coldemail.FollowUp;
import app.konqer.sdk.services.coldemail.Prospect;
import app.konqer.sdk.services.contract.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a cold email: three subject lines to test, a short body signed off without a signature block, and exactly
 * {@code follow_up_count} follow-ups sent 3, 7 and 14 days after the first email. The spam risk is estimated with
 * {@link SpamRisk} from the first subject line and the body.
 *
 * <p>Leaves nothing to the pipeline.
 */
final class ColdEmailWriter implements ServiceWriter<ColdEmailInput, ColdEmailOutput> {
  /** The day offsets of the follow-ups, in send order. */
  static final List<Integer> FOLLOW_UP_DAYS = List.of(3, 7, 14);

  private static final Map<Tone, Voice> VOICES = Map.of(
      Tone.FRIENDLY, new Voice("Hi {first},", "Best,",
          List.of("{Short} at {company}", "{first}, {short}?", "An idea for {company}"),
          List.of(
              "{Seat}, you have probably seen it first-hand: the work that matters gets squeezed by the work that "
                  + "repeats.",
              "We help with exactly that: {value}.",
              "Most teams start with one workflow, see the effect within a few weeks, and only then decide whether "
                  + "to roll it out further.",
              "Would a 15-minute call next week be useful to see whether this fits {company}?")),
      Tone.DIRECT, new Voice("Hi {first},", "Thanks,",
          List.of("{Short}", "{company}: {short}", "Worth 15 minutes, {first}?"),
          List.of(
              "{Seat}, you own the result this email is about.",
              "What we do: {value}.",
              "Setup takes days, not months, and you see results on your own data before you commit.",
              "Worth 15 minutes next Tuesday or Thursday?")),
      Tone.FORMAL, new Voice("Dear {first},", "Kind regards,",
          List.of("A proposal for {company}", "{Short}: a brief note for {company}",
              "For {first}: an idea for {company}"),
          List.of(
              "I am writing in view of your responsibilities {seat}, as our work addresses a challenge that many "
                  + "organisations in your position face.",
              "In brief, we offer the following: {value}.",
              "Implementation can begin with a single team, so that results are visible before any broader "
                  + "commitment.",
              "Would you be available for a 20-minute call next week to discuss whether this is relevant to "
                  + "{company}?")));

  private static final List<FollowUpTemplate> FOLLOW_UPS = List.of(
      new FollowUpTemplate("Re: {subject}",
          "Bringing this back to the top of your inbox in case it got buried. The short version: {value}. Would "
              + "15 minutes next week work for you?"),
      new FollowUpTemplate("An example for {company}",
          "One idea on how this could work at {company}: start with a single workflow, measure it for two weeks, "
              + "and decide from there. I am happy to sketch it with you on a short call."),
      new FollowUpTemplate("Should I close your file?",
          "I have not heard back, so I will assume the timing is not right and stop writing. If this becomes a "
              + "priority, reply to this email and I will pick it up from there."));

  @Override
  public ColdEmailOutput write(ColdEmailInput input, ServerFacts facts) {
    Prospect prospect = input.prospect();
    Voice voice = voice(input.tone());
    String company = Text.clipWords(prospect.company(), 8, 80);
    String role = Text.clipWords(prospect.role(), 6, 60);
    String seat = role.isEmpty() ? "at " + company : "as " + role + " at " + company;
    String shortValue = Text.phrase(Text.headline(input.valueProposition(), 7, 70), 7, 70);
    String[] values = {"first", Text.firstName(prospect.name(), "there"), "company", company,
        "seat", seat, "Seat", Text.capitalize(seat), "short", shortValue, "Short", Text.capitalize(shortValue),
        "value", Text.phrase(input.valueProposition(), 40, 400)};

    List<String> subjects = voice.subjects().stream()
        .map(s -> Text.clip(fill(s, values), Limits.LABEL)).toList();
    String body = email(voice, voice.paragraphs(), values);

    int followUpCount = Math.max(0, Math.min(FOLLOW_UPS.size(), input.followUpCount() == null
        ? ColdEmailInput.DEFAULT_FOLLOW_UP_COUNT : input.followUpCount()));
    String[] followUpValues = concat(values, "subject", subjects.get(0));
    List<FollowUp> followUps = new ArrayList<>();
    for (int i = 0; i < followUpCount; i++) {
      FollowUpTemplate template = FOLLOW_UPS.get(i);
      followUps.add(new FollowUp(FOLLOW_UP_DAYS.get(i), Text.clip(fill(template.subject(), followUpValues),
          Limits.LABEL), email(voice, List.of(template.body()), followUpValues)));
    }
    return new ColdEmailOutput(subjects, body, followUps, SpamRisk.of(subjects.get(0), body));
  }

  private static String email(Voice voice, List<String> paragraphs, String[] values) {
    List<String> parts = new ArrayList<>();
    parts.add(fill(voice.greeting(), values));
    paragraphs.forEach(p -> parts.add(fill(p, values)));
    parts.add(voice.signOff());
    return Text.cap(String.join("\n\n", parts), Limits.TEXT);
  }

  private static String[] concat(String[] values, String key, String value) {
    String[] more = Arrays.copyOf(values, values.length + 2);
    more[values.length] = key;
    more[values.length + 1] = value;
    return more;
  }

  private static String fill(String template, String[] values) {
    return Text.fill(template, values).replace(Text.ELLIPSIS + ".", Text.ELLIPSIS)
        .replace(Text.ELLIPSIS + "?", Text.ELLIPSIS);
  }

  private static Voice voice(Tone tone) {
    return VOICES.getOrDefault(tone == null ? Tone.FRIENDLY : tone, VOICES.get(Tone.FRIENDLY));
  }

  private record Voice(String greeting, String signOff, List<String> subjects, List<String> paragraphs) {}

  private record FollowUpTemplate(String subject, String body) {}
}
