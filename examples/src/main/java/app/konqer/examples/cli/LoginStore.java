package app.konqer.examples.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * The saved login, in {@code credentials.json} under the CLI's configuration directory: {@code $KONQER_CONFIG_DIR},
 * else {@code $XDG_CONFIG_HOME/konqer}, else {@code ~/.config/konqer}. On POSIX file systems the directory is
 * {@code 0700} and the file {@code 0600}, written to a private temporary file first and moved into place, so that it
 * is never readable by others, not even for a moment.
 */
final class LoginStore {
  static final String FILE_NAME = "credentials.json";

  private final Path directory;
  private final JsonAdapter<Login> json;

  LoginStore(Path directory, Moshi moshi) {
    this.directory = directory;
    this.json = moshi.adapter(Login.class).indent("  ");
  }

  /**
   * The configuration directory the environment names.
   *
   * @param env the environment variables
   * @param home the user's home directory
   * @return the directory
   */
  static Path directory(Map<String, String> env, Path home) {
    String explicit = env.get("KONQER_CONFIG_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "konqer");
    }
    return home.resolve(".config").resolve("konqer");
  }

  /** @return the credentials file */
  Path file() {
    return directory.resolve(FILE_NAME);
  }

  /** @return the saved login, if there is one */
  Optional<Login> load() {
    Path file = file();
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(json.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new CliException(ExitCode.AUTH, "Cannot read " + file + " (" + e.getMessage() + "): run konqer login "
          + "again");
    }
  }

  /**
   * Saves a login, readable by its owner only.
   *
   * @param login the login
   */
  void save(Login login) {
    try {
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      if (posix) {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(directory);
      }
      Path temporary = posix
          ? Files.createTempFile(directory, ".credentials", ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
          : Files.createTempFile(directory, ".credentials", ".tmp");
      try {
        Files.writeString(temporary, json.toJson(login) + "\n", StandardCharsets.UTF_8);
        move(temporary, file());
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file(), e);
    }
  }

  /**
   * Forgets the saved login.
   *
   * @return whether there was one
   */
  boolean delete() {
    try {
      return Files.deleteIfExists(file());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + file(), e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
