package app.konqer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The README's server configuration table names every variable the server reads, so the two cannot drift apart. */
class ReadmeConfigurationTest {

  @Test
  void theReadmeDocumentsEveryConfigurationVariable() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme);

    assertThat(Arrays.stream(ConfigVariable.values()).map(ConfigVariable::key))
        .allSatisfy(key -> assertThat(text).as("README.md documents %s", key).contains("`" + key + "`"));
  }
}
