package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every service, a realistic input and output travel through {@code KonqerJson} exactly as the JSON fixture
 * under {@code src/test/resources/wire/<service>/} spells them: renaming a component breaks the test.
 */
class WireContractTest {

  static Stream<Named<ServiceDefinition<?, ?>>> services() {
    return ServiceDefinitions.all().stream().map(d -> Named.of(d.service().id(), d));
  }

  @ParameterizedTest
  @MethodSource("services")
  void inputIsWrittenAsTheWireSpellsIt(ServiceDefinition<?, ?> service) {
    String json = Wire.encode(service.inputType(), Samples.of(service.service()).input());

    assertThat(Wire.tree(json)).isEqualTo(Wire.tree(Wire.fixture(service.service(), "input.json")));
  }

  @ParameterizedTest
  @MethodSource("services")
  void inputIsReadFromTheWire(ServiceDefinition<?, ?> service) {
    Object input = Wire.decode(service.inputType(), Wire.fixture(service.service(), "input.json"));

    assertThat(input).isEqualTo(Samples.of(service.service()).input());
  }

  @ParameterizedTest
  @MethodSource("services")
  void outputIsWrittenAsTheWireSpellsIt(ServiceDefinition<?, ?> service) {
    String json = Wire.encode(service.outputType(), Samples.of(service.service()).output());

    assertThat(Wire.tree(json)).isEqualTo(Wire.tree(Wire.fixture(service.service(), "output.json")));
  }

  @ParameterizedTest
  @MethodSource("services")
  void outputIsReadFromTheWire(ServiceDefinition<?, ?> service) {
    Object output = Wire.decode(service.outputType(), Wire.fixture(service.service(), "output.json"));

    assertThat(output).isEqualTo(Samples.of(service.service()).output());
  }

  @ParameterizedTest
  @MethodSource("services")
  void realisticInputAndOutputAreValid(ServiceDefinition<?, ?> service) {
    Samples.Sample sample = Samples.of(service.service());

    assertThat(Violations.messages(sample.input())).isEmpty();
    assertThat(Violations.messages(sample.output())).isEmpty();
  }
}
