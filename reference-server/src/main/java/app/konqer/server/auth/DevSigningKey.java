package app.konqer.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The dev issuer's RSA signing key: generated fresh, or kept in a file (a private JWK, readable by its owner only)
 * so that dev tokens survive a restart.
 */
final class DevSigningKey {
  private static final int KEY_SIZE = 2048;

  private DevSigningKey() {}

  /**
   * A new 2048-bit RS256 signing key with a random {@code kid}.
   *
   * @return the key pair
   */
  static RSAKey generate() {
    try {
      return new RSAKeyGenerator(KEY_SIZE)
          .keyID(UUID.randomUUID().toString())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key", e);
    }
  }

  /**
   * The key stored in a file, or a new one written there (atomically, owner-only) when the file does not exist.
   *
   * @param file the key file, such as {@code <data dir>/dev-signing-key.json}
   * @return the key pair
   * @throws IllegalStateException if the file exists but does not hold a private RSA key
   * @throws UncheckedIOException if the file cannot be read or written
   */
  static RSAKey loadOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return read(file);
      }
      RSAKey key = generate();
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = createOwnerOnlyFile(dir);
      try {
        Files.writeString(temp, key.toJSONString());
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the dev signing key in " + file, e);
    }
  }

  private static RSAKey read(Path file) {
    try {
      RSAKey key = RSAKey.parse(Files.readString(file));
      if (!key.isPrivate() || key.getKeyID() == null) {
        throw new IllegalStateException("The dev signing key file " + file
            + " holds no private key with a kid; delete it to generate a new key");
      }
      return key;
    } catch (ParseException e) {
      throw new IllegalStateException("The dev signing key file " + file
          + " is not an RSA JWK; delete it to generate a new key", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the dev signing key from " + file, e);
    }
  }

  private static Path createOwnerOnlyFile(Path dir) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempFile(dir, ".dev-signing-key", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return Files.createTempFile(dir, ".dev-signing-key", ".tmp");
  }
}
