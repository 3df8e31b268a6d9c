package app.konqer.examples.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cold DMs CSV, written one row at a time and flushed after each, so that whatever was written survives a crash
 * and tells the next run which prospects are done. Thread-safe.
 */
public final class OutputCsv implements AutoCloseable {
  /** The columns of the output. */
  public static final List<String> HEADER =
      List.of("id", "prospect_name", "company", "message", "personalization_score", "generation_id");

  private final Path file;
  private final Set<String> done;
  private final BufferedWriter writer;

  private OutputCsv(Path file, Set<String> done, BufferedWriter writer) {
    this.file = file;
    this.done = done;
    this.writer = writer;
  }

  /**
   * Opens the output for appending, creating it with its header if it does not exist yet.
   *
   * @param file the CSV file
   * @return the output, with the ids already in it
   */
  public static OutputCsv open(Path file) {
    try {
      Set<String> done = new LinkedHashSet<>();
      boolean exists = Files.exists(file) && Files.size(file) > 0;
      if (exists) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (Map<String, String> row : Csv.read(reader)) {
            String id = row.getOrDefault("id", "");
            if (!id.isBlank()) {
              done.add(id);
            }
          }
        }
      } else if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      if (!exists) {
        writer.write(Csv.line(HEADER));
        writer.flush();
      }
      return new OutputCsv(file, done, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + file, e);
    }
  }

  /** @return the ids of the rows written by earlier runs */
  public Set<String> done() {
    return Set.copyOf(done);
  }

  /**
   * Appends one row and flushes it to the file.
   *
   * @param fields the row, in {@link #HEADER} order
   */
  public synchronized void append(List<String> fields) {
    try {
      writer.write(Csv.line(fields));
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to " + file, e);
    }
  }

  /** @return the file */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close " + file, e);
    }
  }
}
