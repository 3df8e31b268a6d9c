package app.konqer.examples.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Readable terminal output for the examples: numbered steps, indented lines, aligned tables and wrapped paragraphs.
 * Plain text only, so that it reads the same in a terminal, a CI log or a test's captured output.
 */
public final class Console {
  private static final int WIDTH = 100;
  private static final String INDENT = "  ";

  private final PrintStream out;
  private int step;

  /**
   * Creates a printer.
   *
   * @param out where to print
   */
  public Console(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Prints a banner: the first thing a program says.
   *
   * @param text the banner
   */
  public void banner(String text) {
    out.println(text);
    out.println("=".repeat(Math.min(WIDTH, text.length())));
  }

  /**
   * Starts a numbered step.
   *
   * @param title what the step does
   */
  public void step(String title) {
    step++;
    out.println();
    out.println(step + ". " + title);
    out.println("-".repeat(Math.min(WIDTH, title.length() + String.valueOf(step).length() + 2)));
  }

  /**
   * Prints an indented line.
   *
   * @param format a {@link String#format} pattern
   * @param args its arguments
   */
  public void line(String format, Object... args) {
    out.println(INDENT + (args.length == 0 ? format : String.format(format, args)));
  }

  /** Prints an empty line. */
  public void blank() {
    out.println();
  }

  /**
   * Prints a paragraph wrapped to the page width, indented twice, as a quote of generated text.
   *
   * @param text the text; its own line breaks are kept
   */
  public void quote(String text) {
    for (String paragraph : text.split("\n", -1)) {
      for (String wrapped : wrap(paragraph, WIDTH - 2 * INDENT.length() - 2)) {
        out.println(INDENT + INDENT + "| " + wrapped);
      }
    }
  }

  /**
   * Prints a table with aligned columns.
   *
   * @param headers the column headers
   * @param rows the rows, each as long as {@code headers}
   */
  public void table(List<String> headers, List<List<String>> rows) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], String.valueOf(row.get(c)).length());
      }
    }
    out.println(INDENT + format(headers, widths));
    for (List<String> row : rows) {
      out.println(INDENT + format(row, widths));
    }
  }

  private static String format(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = String.valueOf(cells.get(c));
      line.append(cell);
      if (c < cells.size() - 1) {
        line.append(" ".repeat(widths[c] - cell.length() + 2));
      }
    }
    return line.toString().stripTrailing();
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
