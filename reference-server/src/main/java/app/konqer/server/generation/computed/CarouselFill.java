package app.konqer.server.generation.computed;

import app.konqer.sdk.services.carousel.CarouselInput;
import app.konqer.sdk.services.carousel.CarouselOutput;
import app.konqer.server.generation.offline.ServerFacts;
import java.net.URI;

/** Sets {@code canva_edit_link}: the configured Canva template, or {@code null} without one. */
public final class CarouselFill {
  private final String canvaTemplate;

  /**
   * Creates the fill.
   *
   * @param canvaTemplate the Canva template carousels link to, or {@code null}
   */
  public CarouselFill(URI canvaTemplate) {
    this.canvaTemplate = canvaTemplate == null ? null : canvaTemplate.toString();
  }

  /**
   * Sets the link.
   *
   * @param input unused
   * @param facts unused
   * @param output the written carousel
   * @return the carousel with the server's link
   */
  public CarouselOutput fill(CarouselInput input, ServerFacts facts, CarouselOutput output) {
    return new CarouselOutput(output.hook(), output.slides(), output.cta(), output.estimatedReach(), canvaTemplate);
  }
}
