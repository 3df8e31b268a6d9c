package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceDefinitionsTest {

  @Test
  void theTableCoversExactlyTheTwelveKnownServicesInOrder() {
    ServiceId[] known = Arrays.stream(ServiceId.values()).filter(id -> id != ServiceId.UNKNOWN)
        .toArray(ServiceId[]::new);

    assertThat(ServiceDefinitions.all()).extracting(ServiceDefinition::service).containsExactly(known);
    assertThat(known).hasSize(12);
  }

  @Test
  void everyServiceIsFoundByItsId() {
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      assertThat(ServiceDefinitions.forId(definition.service())).containsSame(definition);
    }
    assertThat(ServiceDefinitions.forId(ServiceId.UNKNOWN)).isEmpty();
    assertThat(ServiceDefinitions.forId(null)).isEmpty();
  }

  @Test
  void recordsAreNamedAndPackagedAfterTheService() {
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      String name = pascalCase(definition.service());
      String pkg = "app.konqer.sdk.services." + definition.service().id().replace("-", "");

      assertThat(definition.inputType().getName()).isEqualTo(pkg + "." + name + "Input");
      assertThat(definition.outputType().getName()).isEqualTo(pkg + "." + name + "Output");
      assertThat(definition.inputType().isRecord()).isTrue();
      assertThat(definition.outputType().isRecord()).isTrue();
    }
  }

  @Test
  void theConstantsAreTyped() {
    ServiceDefinition<ColdDmInput, ColdDmOutput> coldDm = ServiceDefinitions.COLD_DM;

    assertThat(coldDm.inputType()).isEqualTo(ColdDmInput.class);
    assertThat(coldDm.outputType()).isEqualTo(ColdDmOutput.class);
  }

  @Test
  void aDefinitionNeedsAKnownService() {
    assertThatThrownBy(() -> new ServiceDefinition<>(ServiceId.UNKNOWN, ColdDmInput.class, ColdDmOutput.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String pascalCase(ServiceId service) {
    return Arrays.stream(service.name().split("_"))
        .map(part -> part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining());
  }
}
