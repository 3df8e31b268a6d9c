package app.konqer.sdk.services.carousel;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.contract.KnownValue;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * What the carousel is about: the body of {@code POST /services/carousel/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * CarouselInput input = CarouselInput.builder()
 *     .topic("Five signs your fleet is driving empty")
 *     .targetAudience("Operations leads at regional carriers")
 *     .slideCount(8)
 *     .build();
 * }</pre>
 *
 * @param topic the subject of the carousel; required, at most 5,000 characters
 * @param targetAudience who it is written for; required, at most 5,000 characters
 * @param slideCount how many slides to write, 5 to 15; 10 when absent
 * @param tone the voice of the copy; optional, friendly when absent
 */
public record CarouselInput(
    @NotBlank @Size(max = Limits.TEXT) String topic,
    @NotBlank @Size(max = Limits.TEXT) String targetAudience,
    @Min(5) @Max(15) Integer slideCount,
    @KnownValue Tone tone) implements ServiceInput {
  /** The slide count used when none is given: {@value}. */
  public static final int DEFAULT_SLIDE_COUNT = 10;

  /** Applies the default slide count ({@value #DEFAULT_SLIDE_COUNT}). */
  public CarouselInput {
    slideCount = slideCount == null ? DEFAULT_SLIDE_COUNT : slideCount;
  }

  /**
   * Starts a builder that asks for the required members first, in this order: {@code topic}, {@code targetAudience}.
   *
   * @return the first step of the builder
   */
  public static TopicStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.topic = topic;
    builder.targetAudience = targetAudience;
    builder.slideCount = slideCount;
    builder.tone = tone;
    return builder;
  }

  /** The step of the builder that sets the required {@code topic}. */
  public interface TopicStep {
    /**
     * Sets the required {@link CarouselInput#topic() topic}.
     *
     * @param topic the subject of the carousel; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code topic} is null
     */
    TargetAudienceStep topic(String topic);
  }

  /** The step of the builder that sets the required {@code targetAudience}. */
  public interface TargetAudienceStep {
    /**
     * Sets the required {@link CarouselInput#targetAudience() targetAudience}.
     *
     * @param targetAudience who it is written for; required, at most 5,000 characters
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code targetAudience} is null
     */
    Builder targetAudience(String targetAudience);
  }

  /**
   * Builds a {@link CarouselInput}. The required members come first, through the step interfaces; the optional ones
   * can then be set in any order.
   */
  public static final class Builder implements TopicStep, TargetAudienceStep {
    private String topic;
    private String targetAudience;
    private Integer slideCount;
    private Tone tone;

    private Builder() {}

    @Override
    public Builder topic(String topic) {
      this.topic = Objects.requireNonNull(topic, "topic");
      return this;
    }

    @Override
    public Builder targetAudience(String targetAudience) {
      this.targetAudience = Objects.requireNonNull(targetAudience, "targetAudience");
      return this;
    }

    /**
     * Sets {@link CarouselInput#slideCount() slideCount}.
     *
     * @param slideCount how many slides to write, 5 to 15; 10 when absent
     * @return this builder
     */
    public Builder slideCount(Integer slideCount) {
      this.slideCount = slideCount;
      return this;
    }

    /**
     * Sets {@link CarouselInput#tone() tone}.
     *
     * @param tone the voice of the copy; optional, friendly when absent
     * @return this builder
     */
    public Builder tone(Tone tone) {
      this.tone = tone;
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public CarouselInput build() {
      return new CarouselInput(topic, targetAudience, slideCount, tone);
    }
  }
}
