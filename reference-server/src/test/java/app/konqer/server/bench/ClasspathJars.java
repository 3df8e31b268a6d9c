package app.konqer.server.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A classpath of jars only. A build runs from class directories ({@code target/classes}), and AppCDS refuses a
 * classpath with a non-empty directory in it ("Cannot have non-empty directory in paths"): the JVM that should dump
 * the archive does not even start. Each directory is packed into a jar of its own, in the classpath's order.
 */
final class ClasspathJars {
  private ClasspathJars() {}

  /**
   * Packs the directories of a classpath.
   *
   * @param classpath entries separated by {@link File#pathSeparator}
   * @param into where the jars are written
   * @return the same classpath with a jar in place of each directory
   */
  static String of(String classpath, Path into) throws IOException {
    Files.createDirectories(into);
    List<String> entries = new ArrayList<>();
    int index = 0;
    for (String entry : classpath.split(File.pathSeparator)) {
      Path path = Paths.get(entry);
      if (Files.isDirectory(path)) {
        Path jar = into.resolve(index++ + "-" + path.getFileName() + ".jar");
        pack(path, jar);
        entries.add(jar.toString());
      } else {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void pack(Path directory, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(path -> !path.equals(directory)).sorted().toList()) {
        String name = directory.relativize(file).toString().replace(File.separatorChar, '/');
        boolean folder = Files.isDirectory(file);
        // Folders get entries of their own: a class loader finds a resource folder in a jar (as Flyway looks up
        // db/migration) only by its entry.
        out.putNextEntry(new JarEntry(folder ? name + "/" : name));
        if (!folder) {
          Files.copy(file, out);
        }
        out.closeEntry();
      }
    }
  }
}
