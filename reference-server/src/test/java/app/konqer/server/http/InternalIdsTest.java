package app.konqer.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Internal ids are well-formed random UUIDs. */
class InternalIdsTest {

  @Test
  void areVersionFourIetfVariantAndDistinct() {
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      UUID id = InternalIds.next();
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(UUID.fromString(id.toString())).isEqualTo(id);
      seen.add(id);
    }
    assertThat(seen).hasSize(10_000);
  }
}
