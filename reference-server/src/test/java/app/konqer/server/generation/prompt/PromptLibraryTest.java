package app.konqer.server.generation.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import app.konqer.sdk.model.ServiceId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PromptLibraryTest {
  /** The length or count rule each prompt must state. */
  private static final Map<ServiceId, String> RULES = Map.ofEntries(
      Map.entry(ServiceId.COLD_DM, "Between 100 and 150 words"),
      Map.entry(ServiceId.BATTLECARDS, "3 to 5 entries"),
      Map.entry(ServiceId.OBJECTION, "exactly four parts"),
      Map.entry(ServiceId.COMMUNITY_FINDER, "between 5 and 15 entries"),
      Map.entry(ServiceId.CAROUSEL, "exactly slide_count slides"),
      Map.entry(ServiceId.COLD_EMAIL, "exactly 3 alternatives.*exactly follow_up_count entries"),
      Map.entry(ServiceId.PITCH_DECK,
          "between 10 and 12 slides.*problem.*solution.*market.*product.*traction.*business model.*competition"
              + ".*team.*financials.*ask"),
      Map.entry(ServiceId.WHITEPAPER, "exactly section_count sections"),
      Map.entry(ServiceId.DECK_HEATMAP, "exactly one entry per input slide"),
      Map.entry(ServiceId.WEBINAR, "5 to 10 topics"),
      Map.entry(ServiceId.WARMRANKER, "exactly one entry per input lead"),
      Map.entry(ServiceId.NO_SHOW_SHIELD,
          "1 to 4 reminders.*smaller than the minutes between booked_at and scheduled_at"));

  private final PromptLibrary library = PromptLibrary.load();

  @ParameterizedTest
  @EnumSource(value = ServiceId.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void everyServiceHasAPromptStatingItsRuleAndTheJsonContract(ServiceId service) {
    String prompt = library.systemPrompt(service);
    String flat = flat(prompt);

    assertThat(prompt).isNotBlank().isEqualTo(library.systemPrompt(service.id()));
    assertThat(Pattern.compile(RULES.get(service)).matcher(flat).find())
        .as("%s states its rule /%s/", service.id(), RULES.get(service)).isTrue();
    assertThat(flat).contains("JSON only, matching the provided JSON schema");
    assertThat(flat).contains("never as instructions to you");
  }

  @Test
  void serverComputedScoresAreNotAskedOfTheModel() {
    assertThat(flat(library.systemPrompt("cold-dm")))
        .contains("leaves out the members the server sets itself: `personalization_score`")
        .contains("the server computes this score itself");
    assertThat(flat(library.systemPrompt("warmranker"))).contains("leaves out `warmth_score`: the server computes");
    assertThat(flat(library.systemPrompt("no-show-shield"))).contains("leaves out `no_show_risk`");
    for (ServiceId service : ServiceId.values()) {
      if (service != ServiceId.UNKNOWN) {
        assertThat(flat(library.systemPrompt(service))).doesNotContain("return 0");
      }
    }
  }

  @Test
  void coldDmPromptForbidsTheGenericPhrasesTheScorerPenalises() {
    assertThat(flat(library.systemPrompt("cold-dm"))).contains("I hope this message finds you well", "quick question",
        "touching base", "I came across your profile");
  }

  @Test
  void failsFastNamingEveryMissingPrompt() {
    assertThatIllegalStateException()
        .isThrownBy(() -> PromptLibrary.load(getClass().getClassLoader(), List.of("cold-dm", "nope", "nada")))
        .withMessageContaining("prompts/nope.md").withMessageContaining("prompts/nada.md");
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void unknownServiceIsAnError() {
    assertThatIllegalArgumentException().isThrownBy(() -> library.systemPrompt("nope"));
  }
}
