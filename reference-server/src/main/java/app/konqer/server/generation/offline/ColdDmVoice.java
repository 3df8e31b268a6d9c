package app.konqer.server.generation.offline;

import app.konqer.sdk.services.Tone;
import java.util.List;
import java.util.Map;

/**
 * The phrasing of a cold DM in one tone. Templates use {@code {first}}, {@code {company}}, {@code {seat}} ("as VP
 * Operations at Northwind" or "at Northwind"), {@code {ref}}/{@code {Ref}} (a recent activity),
 * {@code {ref2}}/{@code {Ref2}}, {@code {offer}} and {@code {tools}}.
 *
 * <p>No line uses the generic openers the personalization scorer penalises ("quick question", "touching base",
 * "hope this finds you well"...).
 */
record ColdDmVoice(
    String greeting,
    List<String> openersWithActivity,
    List<String> openersWithoutActivity,
    List<String> secondActivity,
    List<String> offer,
    List<String> techStack,
    List<String> fillers,
    List<String> callsToAction) {

  static final Map<Tone, ColdDmVoice> BY_TONE = Map.of(
      Tone.FRIENDLY, new ColdDmVoice(
          "Hi {first},",
          List.of(
              "{Ref} stuck with me, and it made me think about the work you lead {seat}.",
              "I enjoyed {ref}, and it got me thinking about your work {seat}."),
          List.of(
              "I have been reading up on {company}, and the work you lead {seat} is the reason I am writing.",
              "Teams like yours at {company} keep telling us about the same challenge, so I thought this might be "
                  + "useful to you."),
          List.of("I also appreciated {ref2}.", "{Ref2} was worth the time too."),
          List.of("Here is what we do, in one line: {offer}.", "The short version of what we do: {offer}."),
          List.of(
              "Since {company} already runs {tools}, it would plug into data you already have, with nothing new "
                  + "for your team to learn.",
              "It works alongside {tools}, which I understand {company} already uses, so there is no new system "
                  + "to adopt."),
          List.of(
              "Most teams start small with one workflow and only expand once the numbers speak for themselves.",
              "The first conversation is about your numbers and your goals, not a scripted demo.",
              "I would be glad to share what similar teams learned along the way, even if the timing is not right "
                  + "for you.",
              "There is no big rollout involved, and your team keeps working the way it does today while you try "
                  + "it.",
              "If it does not fit, I will say so and leave you in peace, with no endless reminder emails.",
              "Setup usually takes an afternoon, and we handle the heavy lifting so your team can stay focused on "
                  + "customers.",
              "I put together a short outline of how this could look for {company}, and I am happy to send it "
                  + "over."),
          List.of(
              "Would you be open to a 15-minute chat next week to see if it fits?",
              "Could we find 15 minutes next week so I can show you how it would work for {company}?")),
      Tone.DIRECT, new ColdDmVoice(
          "Hi {first},",
          List.of(
              "I read {ref}. {Seat}, you are close to the problem we solve.",
              "{Ref} is why I am writing: it points at the problem we solve for teams like yours at {company}."),
          List.of(
              "I am writing because teams like yours at {company} run into the problem we solve every week.",
              "One reason for this message: {company} fits the profile of the teams we help most."),
          List.of("{Ref2} points the same way.", "{Ref2} made the same case."),
          List.of("What we do: {offer}.", "The offer: {offer}."),
          List.of(
              "It connects to {tools}, which {company} already uses, so there is nothing to rip out.",
              "No new system: it runs on top of {tools} at {company}."),
          List.of(
              "Setup takes days, not months, and your team keeps its current process meanwhile.",
              "No long contract: you see results on your own data before you commit.",
              "We start with one workflow and expand only if the numbers hold up.",
              "I will show you numbers from teams like yours, not a slide deck.",
              "If it is not a fit, I will tell you in the first ten minutes.",
              "I can send a one-page outline for {company} today if that is easier.",
              "The pilot needs one owner on your side and about two hours of their time.",
              "You decide after the pilot, based on what it did for your own pipeline."),
          List.of(
              "Worth 15 minutes next Tuesday or Thursday?",
              "Open to a 15-minute call next week to see the numbers?")),
      Tone.FORMAL, new ColdDmVoice(
          "Dear {first},",
          List.of(
              "I read {ref} with interest. Given your responsibilities {seat}, I thought the following might be "
                  + "relevant to you.",
              "I was interested to see {ref}, and given your responsibilities {seat}, I believe our work may be "
                  + "of relevance."),
          List.of(
              "I am contacting you because organisations such as {company} are a close fit for what we do, and "
                  + "your responsibilities {seat} make you the right person to ask.",
              "I am writing because our work aligns closely with the priorities of teams such as yours at "
                  + "{company}."),
          List.of("I also noted {ref2}.", "I also took note of {ref2}."),
          List.of("In brief, we offer the following: {offer}.", "Our proposition, in brief: {offer}."),
          List.of(
              "As {company} already works with {tools}, our solution would integrate with your existing systems "
                  + "rather than replace them.",
              "Because it integrates with {tools}, which {company} already uses, no change of systems would be "
                  + "required."),
          List.of(
              "Implementation is deliberately light and can begin with a single team before any wider commitment.",
              "Our first conversation would focus on your objectives and figures rather than on a product "
                  + "presentation.",
              "I would be pleased to share what comparable organisations have learned, whether or not the timing "
                  + "is right for you.",
              "Your team would continue to work as it does today throughout an initial assessment.",
              "Should it not be relevant, I will not pursue the matter further.",
              "I have prepared a short outline of how this could apply to {company}, which I would be happy to "
                  + "send."),
          List.of(
              "Would you be available for a 20-minute call next week to assess whether this is relevant for "
                  + "{company}?",
              "Might you have 20 minutes next week for a brief conversation on whether this could support "
                  + "{company}?")));

  static ColdDmVoice of(Tone tone) {
    return BY_TONE.getOrDefault(tone == null ? Tone.FRIENDLY : tone, BY_TONE.get(Tone.FRIENDLY));
  }
}
