package app.konqer.sdk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Prints what an application ships when it adds one SDK module, against the goal of 3.5 MB (decimal): the module's
 * jar plus every runtime artifact Maven resolves for it, largest first.
 *
 * <p>It measures two trees. The first is an application's: a project with nothing but a dependency on the installed
 * module, resolved by the same Maven, so that the versions are the ones the published POMs lead to. This is the
 * figure the goal is about. The second is this build's, where the parent's dependency management (the kotlin-bom
 * that Javalin needs for the server) also sets the versions of the SDK's transitive dependencies; an application
 * does not inherit it, so the two can differ, and the difference is printed.
 *
 * <p>The parent pom's {@code footprint} profile runs it in each SDK module as a single-file program, after the
 * module is installed, with the runtime classpath that {@code dependency:build-classpath} wrote for this build
 * ({@code clean}, so that the jars hold what the sources compile to now):
 *
 * <pre>
 * mvn -q -B -pl konqer-sdk-core,konqer-sdk-services,konqer-sdk-billing -am -Dfootprint -DskipTests clean install
 * </pre>
 */
public final class RuntimeFootprint {
  private static final long GOAL_BYTES = 3_500_000;

  private RuntimeFootprint() {}

  /** A jar and its size. */
  private record Artifact(String name, long bytes) {}

  /**
   * Prints both tables.
   *
   * @param args the module's coordinates ({@code groupId:artifactId:version}), its jar, the file holding this
   *     build's runtime classpath, Maven's home, a working directory for the application, and the version of
   *     maven-dependency-plugin that resolves it
   * @throws IOException when a file cannot be read or Maven cannot resolve the application
   * @throws InterruptedException when interrupted while Maven runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 6) {
      throw new IllegalArgumentException("Usage: RuntimeFootprint <groupId:artifactId:version> <module jar> "
          + "<runtime classpath file> <maven home> <work directory> <maven-dependency-plugin version>");
    }
    String[] coordinates = args[0].split(":");
    Path moduleJar = Path.of(args[1]);
    List<Artifact> build = new ArrayList<>();
    build.add(artifact(moduleJar));
    build.addAll(artifacts(Files.readString(Path.of(args[2])).strip()));
    List<Artifact> application = artifacts(resolveAsApplication(coordinates, Path.of(args[3]), Path.of(args[4]),
        args[5]));

    String module = coordinates[1];
    StringBuilder out = new StringBuilder();
    out.append(table(module + " in an application (a project that only depends on it)", application));
    out.append(table(module + " in this build (the parent's dependency management applies)", build));
    out.append(String.format(Locale.ROOT, "%s: this build minus an application: %,d bytes%n%n", module,
        total(build) - total(application)));
    System.out.print(out);
  }

  /**
   * Writes a project that depends on the module alone, and returns the runtime classpath Maven resolves for it: the
   * module's installed jar and its transitive dependencies, as the published POMs give them.
   */
  private static String resolveAsApplication(String[] coordinates, Path mavenHome, Path work,
      String dependencyPlugin) throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path pom = work.resolve("pom.xml");
    Files.writeString(pom, """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>example.footprint</groupId>
          <artifactId>application</artifactId>
          <version>1</version>
          <dependencies>
            <dependency>
              <groupId>%s</groupId>
              <artifactId>%s</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
        </project>
        """.formatted(coordinates[0], coordinates[1], coordinates[2]), StandardCharsets.UTF_8);
    Path classpath = work.resolve("classpath.txt");
    Path log = work.resolve("maven.log");
    String mvn = mavenHome.resolve("bin").resolve(File.separatorChar == '\\' ? "mvn.cmd" : "mvn").toString();
    Process maven = new ProcessBuilder(mvn, "-B", "-q", "-f", pom.toString(),
        "org.apache.maven.plugins:maven-dependency-plugin:" + dependencyPlugin + ":build-classpath",
        "-Dmdep.includeScope=runtime", "-Dmdep.outputFile=" + classpath)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
      maven.destroyForcibly();
      throw new IOException("Maven could not resolve " + String.join(":", coordinates) + " as an application; see "
          + log);
    }
    return Files.readString(classpath).strip();
  }

  private static List<Artifact> artifacts(String classpath) throws IOException {
    List<Artifact> artifacts = new ArrayList<>();
    if (!classpath.isEmpty()) {
      for (String entry : classpath.split(File.pathSeparator)) {
        artifacts.add(artifact(Path.of(entry)));
      }
    }
    return artifacts;
  }

  private static String table(String title, List<Artifact> artifacts) {
    List<Artifact> sorted = new ArrayList<>(artifacts);
    sorted.sort(Comparator.comparingLong(Artifact::bytes).reversed());
    long total = total(sorted);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: runtime jars %,d bytes = %.2f MB = %.2f MiB (goal <= 3.5 MB: %s)%n",
        title, total, total / 1e6, total / (1024.0 * 1024.0), total <= GOAL_BYTES ? "met" : "missed"));
    for (Artifact artifact : sorted) {
      out.append(String.format(Locale.ROOT, "  %,11d  %5.1f%%  %s%n", artifact.bytes(),
          100.0 * artifact.bytes() / total, artifact.name()));
    }
    return out.toString();
  }

  private static long total(List<Artifact> artifacts) {
    return artifacts.stream().mapToLong(Artifact::bytes).sum();
  }

  private static Artifact artifact(Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is not a jar: run the install phase so that SDK modules resolve to "
          + "their jars");
    }
    return new Artifact(jar.getFileName().toString(), Files.size(jar));
  }
}
