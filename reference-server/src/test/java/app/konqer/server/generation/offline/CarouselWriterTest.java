package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.carousel.CarouselInput;
import app.konqer.sdk.services.carousel.CarouselOutput;
import app.konqer.sdk.services.carousel.CarouselSlide;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CarouselWriterTest {
  private final CarouselWriter writer = new CarouselWriter();

  static IntStream slideCounts() {
    return IntStream.rangeClosed(5, 15);
  }

  @ParameterizedTest
  @MethodSource("slideCounts")
  void writesExactlyTheRequestedSlidesIndexedFromOne(int count) {
    CarouselOutput output = writer.write(realistic().toBuilder().slideCount(count).build(), ServerFacts.none());

    assertThat(output.slides()).extracting(CarouselSlide::index)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, count).boxed().toList());
    assertThat(output.slides()).extracting(CarouselSlide::title).doesNotHaveDuplicates();
  }

  @Test
  void writesTenSlidesWhenNoCountIsGiven() {
    CarouselOutput output = writer.write(realistic().toBuilder().slideCount(null).build(), ServerFacts.none());

    assertThat(output.slides()).hasSize(CarouselInput.DEFAULT_SLIDE_COUNT);
  }

  @Test
  void opensWithTheHookAndClosesWithTheCallToAction() {
    CarouselOutput output = writer.write(realistic(), ServerFacts.none());
    List<CarouselSlide> slides = output.slides();

    assertThat(slides.get(0).title()).isEqualTo("Five signs your fleet is driving empty");
    assertThat(slides.get(0).content()).startsWith(output.hook());
    assertThat(output.hook()).contains("operations leads at regional carriers");
    assertThat(slides.get(slides.size() - 1).content()).isEqualTo(output.cta());
    assertThat(slides).allSatisfy(slide -> assertThat(slide.visualPrompt())
        .contains("LinkedIn carousel slide").contains("\"" + slide.title() + "\""));
  }

  @Test
  void estimatedReachGrowsWithTheSlidesAndIsRoundedToHundreds() {
    for (int count = 5; count <= 15; count++) {
      int reach = writer.write(realistic().toBuilder().slideCount(count).build(), ServerFacts.none())
          .estimatedReach();

      assertThat(reach % 100).isZero();
      assertThat(reach).isBetween(1_400 + 400 * count, 1_500 + 400 * count + 4_000);
    }
  }

  @Test
  void leavesTheCanvaLinkToThePipeline() {
    assertThat(writer.write(realistic(), ServerFacts.none()).canvaEditLink()).isNull();
  }

  private static CarouselInput realistic() {
    return (CarouselInput) Samples.of(ServiceDefinitions.CAROUSEL).realistic();
  }
}
