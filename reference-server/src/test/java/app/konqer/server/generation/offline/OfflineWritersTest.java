package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineWritersTest {
  @Test
  void theStandardTableHasAWriterForEveryService() {
    OfflineWriters writers = OfflineWriters.standard();

    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      assertThat(writers.writerFor(definition)).as(definition.service().id()).isNotNull();
    }
  }

  @Test
  void aTableMissingServicesFailsAtConstructionNamingThem() {
    OfflineWriters.Builder builder = OfflineWriters.builder()
        .put(ServiceDefinitions.COLD_DM, (input, facts) -> new ColdDmOutput("Hi", null, null, List.of()));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No offline writer for battlecards, objection, community-finder, carousel, cold-email, "
            + "pitch-deck, whitepaper, deck-heatmap, webinar, warmranker, no-show-shield");
  }

  @Test
  void aServiceCannotHaveTwoWriters() {
    OfflineWriters.Builder builder = OfflineWriters.builder()
        .put(ServiceDefinitions.COLD_DM, (input, facts) -> new ColdDmOutput("Hi", null, null, List.of()));

    assertThatThrownBy(() -> builder.put(ServiceDefinitions.COLD_DM, new ColdDmWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two offline writers for cold-dm");
  }

  @Test
  void theGeneratorUsesTheWriterOfTheTable() {
    ColdDmOutput fixed = new ColdDmOutput("Fixed", null, null, List.of());
    OfflineWriters.Builder builder = OfflineWriters.builder().put(ServiceDefinitions.COLD_DM, (in, facts) -> fixed);
    OfflineWriters standard = OfflineWriters.standard();
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all().subList(1, 12)) {
      copy(builder, standard, definition);
    }
    OfflineGenerator generator = new OfflineGenerator(builder.build(), new TokenEstimator(KonqerJson.create()));

    assertThat(generator.generate(ServiceDefinitions.COLD_DM,
        (ColdDmInput) Samples.of(ServiceDefinitions.COLD_DM).realistic())).isSameAs(fixed);
  }

  private static <I extends ServiceInput, O extends ServiceOutput> void copy(OfflineWriters.Builder builder,
      OfflineWriters from, ServiceDefinition<I, O> definition) {
    builder.put(definition, from.writerFor(definition));
  }
}
