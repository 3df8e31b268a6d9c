package app.konqer.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    String csv = "id,message\r\n1,\"Hi, \"\"Dana\"\"\nSee you\"\r\n2,plain\n";

    List<Map<String, String>> rows = Csv.read(new StringReader(csv));

    assertThat(rows).containsExactly(
        Map.of("id", "1", "message", "Hi, \"Dana\"\nSee you"),
        Map.of("id", "2", "message", "plain"));
  }

  @Test
  void writesWhatItReads() {
    List<String> fields = List.of("3", "a, b", "say \"hi\"", "two\nlines", "");

    List<Map<String, String>> rows = Csv.read(new StringReader(
        Csv.line(List.of("a", "b", "c", "d", "e")) + Csv.line(fields)));

    assertThat(rows.get(0)).containsExactly(Map.entry("a", "3"), Map.entry("b", "a, b"),
        Map.entry("c", "say \"hi\""), Map.entry("d", "two\nlines"), Map.entry("e", ""));
  }

  @Test
  void toleratesAMissingFinalLineBreakAndShortRecords() {
    List<Map<String, String>> rows = Csv.read(new StringReader("id,name,role\n1,Dana"));

    assertThat(rows).containsExactly(Map.of("id", "1", "name", "Dana", "role", ""));
  }

  @Test
  void refusesAnUnclosedQuote() {
    assertThatThrownBy(() -> Csv.read(new StringReader("id,name\n1,\"Dana")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not closed");
  }
}
