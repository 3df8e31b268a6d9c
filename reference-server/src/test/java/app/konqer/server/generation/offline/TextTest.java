package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void clipKeepsShortTextOnOneLine() {
    assertThat(Text.clip("  Route\n planning\tfor fleets ", 100)).isEqualTo("Route planning for fleets");
  }

  @Test
  void clipCutsAtAWordBoundaryAndMarksTheCut() {
    assertThat(Text.clip("Route planning for regional fleets", 20)).isEqualTo("Route planning for\u2026");
  }

  @Test
  void clipNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE9A";
    String clipped = Text.clip(emoji.repeat(10), 6);

    assertThat(clipped).hasSizeLessThanOrEqualTo(6).isEqualTo(emoji.repeat(2) + "\u2026");
  }

  @Test
  void clipWordsLimitsWordsAndCharacters() {
    assertThat(Text.clipWords("one two three four, five", 4, 100)).isEqualTo("one two three four\u2026");
    assertThat(Text.clipWords("区域车队在每一英里空驶中损失利润", 4, 6)).isEqualTo("区域车队在\u2026");
  }

  @Test
  void capKeepsParagraphs() {
    assertThat(Text.cap("Hi Dana,\n\nBest,", 100)).isEqualTo("Hi Dana,\n\nBest,");
    assertThat(Text.cap("Hi Dana,\n\nBest,", 8)).isEqualTo("Hi Dana\u2026");
  }

  @Test
  void phraseLowerCasesOrdinaryFirstWordsButNotNames() {
    assertThat(Text.phrase("Route planning that cuts empty miles.", 20, 200))
        .isEqualTo("route planning that cuts empty miles");
    assertThat(Text.phrase("Salesforce integration for fleets", 20, 200))
        .isEqualTo("Salesforce integration for fleets");
    assertThat(Text.phrase("HubSpot sync", 20, 200)).isEqualTo("HubSpot sync");
    assertThat(Text.phrase("A simple CRM.", 20, 200)).isEqualTo("a simple CRM");
    assertThat(Text.phrase("I run ops", 20, 200)).isEqualTo("I run ops");
  }

  @Test
  void headlineKeepsTheFirstClause() {
    assertThat(Text.headline("Cut empty miles by 18% without changing your TMS", 7, 70))
        .isEqualTo("Cut empty miles by 18%");
    assertThat(Text.headline("Book twice as many demos from the same list", 7, 70))
        .isEqualTo("Book twice as many demos");
    assertThat(Text.headline("Save time", 7, 70)).isEqualTo("Save time");
  }

  @Test
  void firstNameSkipsTitlesAndPunctuation() {
    assertThat(Text.firstName("Dr. Dana Whitfield", "there")).isEqualTo("Dana");
    assertThat(Text.firstName("Zoë Ångström", "there")).isEqualTo("Zoë");
    assertThat(Text.firstName("李娜", "there")).isEqualTo("李娜");
    assertThat(Text.firstName(" - ", "there")).isEqualTo("there");
  }

  @Test
  void slugAndCamelFoldAccentsAndKeepAsciiOnly() {
    assertThat(Text.slug("Logística para PyMEs!", "-", 40)).isEqualTo("logistica-para-pymes");
    assertThat(Text.slug("物流", "-", 40)).isEmpty();
    assertThat(Text.camel("B2B route planning", 21)).isEqualTo("B2BRoutePlanning");
    assertThat(Text.camel("cold chain logistics experts", 17)).isEqualTo("ColdChainExperts");
  }

  @Test
  void fillReplacesPlaceholdersOnceWithoutExpandingValues() {
    assertThat(Text.fill("Hi {first}, about {topic}", "first", "{topic}", "topic", "routes"))
        .isEqualTo("Hi {topic}, about routes");
    assertThat(Text.fill("{unknown} stays", "first", "Dana")).isEqualTo("{unknown} stays");
  }

  @Test
  void andJoinsAsInProse() {
    assertThat(Text.and(List.of("a"))).isEqualTo("a");
    assertThat(Text.and(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(Text.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  @Test
  void sentencesSplitsAndEndsEachSentence() {
    assertThat(Text.sentences("Fleets drive empty. Dispatch is manual! Why", 5, 100))
        .containsExactly("Fleets drive empty.", "Dispatch is manual!", "Why.");
  }
}
