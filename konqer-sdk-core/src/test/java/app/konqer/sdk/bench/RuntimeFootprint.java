package app.konqer.sdk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Prints what an application ships when it adds one SDK module: the module's jar plus every runtime artifact Maven
 * resolved for it, largest first, against the goal of 3.5 MB (decimal). The parent pom's {@code footprint} profile
 * runs it in each SDK module as a single-file program, given the runtime classpath that
 * {@code dependency:build-classpath} wrote from the dependency tree:
 *
 * <pre>
 * mvn -q -B -pl konqer-sdk-core,konqer-sdk-services,konqer-sdk-billing -am -Dfootprint -DskipTests package
 * </pre>
 */
public final class RuntimeFootprint {
  private static final long GOAL_BYTES = 3_500_000;

  private RuntimeFootprint() {}

  /** A jar and its size. */
  private record Artifact(String name, long bytes) {}

  /**
   * Prints the table.
   *
   * @param args the module's name, its jar, and the file holding its runtime classpath
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("Usage: RuntimeFootprint <module> <module jar> <runtime classpath file>");
    }
    List<Artifact> artifacts = new ArrayList<>();
    artifacts.add(artifact(Path.of(args[1])));
    String classpath = Files.readString(Path.of(args[2])).strip();
    if (!classpath.isEmpty()) {
      for (String entry : classpath.split(File.pathSeparator)) {
        artifacts.add(artifact(Path.of(entry)));
      }
    }
    artifacts.sort(Comparator.comparingLong(Artifact::bytes).reversed());
    long total = artifacts.stream().mapToLong(Artifact::bytes).sum();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s runtime jars: %,d bytes = %.2f MB = %.2f MiB (goal <= 3.5 MB: %s)%n",
        args[0], total, total / 1e6, total / (1024.0 * 1024.0), total <= GOAL_BYTES ? "met" : "missed"));
    for (Artifact artifact : artifacts) {
      out.append(String.format(Locale.ROOT, "  %,11d  %5.1f%%  %s%n", artifact.bytes(),
          100.0 * artifact.bytes() / total, artifact.name()));
    }
    System.out.print(out);
  }

  private static Artifact artifact(Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is not a jar: run the package phase so that reactor modules resolve "
          + "to their jars");
    }
    return new Artifact(jar.getFileName().toString(), Files.size(jar));
  }
}
