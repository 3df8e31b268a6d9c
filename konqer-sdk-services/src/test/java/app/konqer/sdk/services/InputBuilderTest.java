package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.services.carousel.CarouselInput;
import app.konqer.sdk.services.colddm.ColdDmInput;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InputBuilderTest {

  static Stream<Named<ServiceDefinition<?, ?>>> services() {
    return ServiceDefinitions.all().stream().map(d -> Named.of(d.service().id(), d));
  }

  @ParameterizedTest
  @MethodSource("services")
  void toBuilderThenBuildGivesAnEqualInput(ServiceDefinition<?, ?> service) throws ReflectiveOperationException {
    ServiceInput input = Samples.of(service.service()).input();

    Object builder = service.inputType().getMethod("toBuilder").invoke(input);
    Method build = builder.getClass().getMethod("build");

    assertThat(build.invoke(builder)).isEqualTo(input);
  }

  @Test
  void theRequiredMembersComeFirst() {
    ColdDmInput.ProspectNameStep first = ColdDmInput.builder();
    ColdDmInput.CompanyStep second = first.prospectName("Dana Whitfield");
    ColdDmInput.OfferStep third = second.company("Northwind Logistics");
    ColdDmInput.Builder rest = third.offer("Route planning");

    assertThat(rest.build()).isEqualTo(
        new ColdDmInput("Dana Whitfield", "Northwind Logistics", "Route planning", null, null, null, List.of()));
  }

  @Test
  void aRequiredMemberCannotBeNull() {
    assertThatThrownBy(() -> ColdDmInput.builder().prospectName("Dana").company(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("company");
  }

  @Test
  void toBuilderChangesOnlyWhatIsSet() {
    ColdDmInput input = Samples.coldDmInput();

    ColdDmInput changed = input.toBuilder().tone(Tone.FORMAL).build();

    assertThat(changed.tone()).isEqualTo(Tone.FORMAL);
    assertThat(changed.toBuilder().tone(input.tone()).build()).isEqualTo(input);
  }

  @Test
  void listsAreImmutableCopiesAndNeverNull() {
    List<String> activity = new ArrayList<>(List.of("Posted about diesel"));
    ColdDmInput input = ColdDmInput.builder().prospectName("Dana").company("Northwind").offer("Routes")
        .recentActivity(activity)
        .build();
    activity.add("Changed jobs");

    assertThat(input.recentActivity()).containsExactly("Posted about diesel");
    assertThatThrownBy(() -> input.recentActivity().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(input.toBuilder().recentActivity(null).build().recentActivity()).isEmpty();
  }

  @Test
  void theBuilderAppliesDefaults() {
    CarouselInput input = CarouselInput.builder().topic("Empty miles").targetAudience("Ops leads").build();

    assertThat(input.slideCount()).isEqualTo(10);
    assertThat(input.tone()).isNull();
  }
}
