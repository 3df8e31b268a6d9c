package app.konqer.sdk.services.whitepaper;

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
 * What the whitepaper covers: the body of {@code POST /services/whitepaper/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * WhitepaperInput input = WhitepaperInput.builder()
 *     .topic("The hidden cost of empty miles")
 *     .audience("CFOs of regional carriers")
 *     .sectionCount(4)
 *     .build();
 * }</pre>
 *
 * @param topic the subject of the whitepaper; required, at most 5,000 characters
 * @param audience who it is written for; required, at most 5,000 characters
 * @param sectionCount how many sections to write, 3 to 8; 5 when absent
 * @param tone the voice of the text; optional, formal when absent
 */
public record WhitepaperInput(
    @NotBlank @Size(max = Limits.TEXT) String topic,
    @NotBlank @Size(max = Limits.TEXT) String audience,
    @Min(3) @Max(8) Integer sectionCount,
    @KnownValue Tone tone) implements ServiceInput {
  /** The section count used when none is given: {@value}. */
  public static final int DEFAULT_SECTION_COUNT = 5;

  /** Applies the default section count ({@value #DEFAULT_SECTION_COUNT}). */
  public WhitepaperInput {
    sectionCount = sectionCount == null ? DEFAULT_SECTION_COUNT : sectionCount;
  }

  /**
   * Starts a builder that asks for the required members first, in this order: {@code topic}, {@code audience}.
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
    builder.audience = audience;
    builder.sectionCount = sectionCount;
    builder.tone = tone;
    return builder;
  }

  /** The step of the builder that sets the required {@code topic}. */
  public interface TopicStep {
    /**
     * Sets the required {@link WhitepaperInput#topic() topic}.
     *
     * @param topic the subject of the whitepaper; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code topic} is null
     */
    AudienceStep topic(String topic);
  }

  /** The step of the builder that sets the required {@code audience}. */
  public interface AudienceStep {
    /**
     * Sets the required {@link WhitepaperInput#audience() audience}.
     *
     * @param audience who it is written for; required, at most 5,000 characters
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code audience} is null
     */
    Builder audience(String audience);
  }

  /**
   * Builds a {@link WhitepaperInput}. The required members come first, through the step interfaces; the optional ones
   * can then be set in any order.
   */
  public static final class Builder implements TopicStep, AudienceStep {
    private String topic;
    private String audience;
    private Integer sectionCount;
    private Tone tone;

    private Builder() {}

    @Override
    public Builder topic(String topic) {
      this.topic = Objects.requireNonNull(topic, "topic");
      return this;
    }

    @Override
    public Builder audience(String audience) {
      this.audience = Objects.requireNonNull(audience, "audience");
      return this;
    }

    /**
     * Sets {@link WhitepaperInput#sectionCount() sectionCount}.
     *
     * @param sectionCount how many sections to write, 3 to 8; 5 when absent
     * @return this builder
     */
    public Builder sectionCount(Integer sectionCount) {
      this.sectionCount = sectionCount;
      return this;
    }

    /**
     * Sets {@link WhitepaperInput#tone() tone}.
     *
     * @param tone the voice of the text; optional, formal when absent
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
    public WhitepaperInput build() {
      return new WhitepaperInput(topic, audience, sectionCount, tone);
    }
  }
}
