package app.konqer.sdk.services.coldemail;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.contract.KnownValue;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Who to email and what to offer: the body of {@code POST /services/cold-email/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * ColdEmailInput input = ColdEmailInput.builder()
 *     .prospect(new Prospect("Dana Whitfield", "Northwind Logistics", "VP Operations"))
 *     .valueProposition("Cut empty miles by 18% without changing your TMS")
 *     .followUpCount(2)
 *     .build();
 * }</pre>
 *
 * @param prospect the recipient; required
 * @param valueProposition what the prospect gains; required, at most 5,000 characters
 * @param tone the voice of the email; optional, friendly when absent
 * @param followUpCount how many follow-up emails to write, 0 to 3; 0 when absent
 */
public record ColdEmailInput(
    @NotNull @Valid Prospect prospect,
    @NotBlank @Size(max = Limits.TEXT) String valueProposition,
    @KnownValue Tone tone,
    @Min(0) @Max(3) Integer followUpCount) implements ServiceInput {
  /** The follow-up count used when none is given: {@value}. */
  public static final int DEFAULT_FOLLOW_UP_COUNT = 0;

  /** Applies the default follow-up count ({@value #DEFAULT_FOLLOW_UP_COUNT}). */
  public ColdEmailInput {
    followUpCount = followUpCount == null ? DEFAULT_FOLLOW_UP_COUNT : followUpCount;
  }

  /**
   * Starts a builder that asks for the required members first, in this order: {@code prospect},
   * {@code valueProposition}.
   *
   * @return the first step of the builder
   */
  public static ProspectStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.prospect = prospect;
    builder.valueProposition = valueProposition;
    builder.tone = tone;
    builder.followUpCount = followUpCount;
    return builder;
  }

  /** The step of the builder that sets the required {@code prospect}. */
  public interface ProspectStep {
    /**
     * Sets the required {@link ColdEmailInput#prospect() prospect}.
     *
     * @param prospect the recipient; required
     * @return the next step
     * @throws NullPointerException if {@code prospect} is null
     */
    ValuePropositionStep prospect(Prospect prospect);
  }

  /** The step of the builder that sets the required {@code valueProposition}. */
  public interface ValuePropositionStep {
    /**
     * Sets the required {@link ColdEmailInput#valueProposition() valueProposition}.
     *
     * @param valueProposition what the prospect gains; required, at most 5,000 characters
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code valueProposition} is null
     */
    Builder valueProposition(String valueProposition);
  }

  /**
   * Builds a {@link ColdEmailInput}. The required members come first, through the step interfaces; the optional ones
   * can then be set in any order.
   */
  public static final class Builder implements ProspectStep, ValuePropositionStep {
    private Prospect prospect;
    private String valueProposition;
    private Tone tone;
    private Integer followUpCount;

    private Builder() {}

    @Override
    public Builder prospect(Prospect prospect) {
      this.prospect = Objects.requireNonNull(prospect, "prospect");
      return this;
    }

    @Override
    public Builder valueProposition(String valueProposition) {
      this.valueProposition = Objects.requireNonNull(valueProposition, "valueProposition");
      return this;
    }

    /**
     * Sets {@link ColdEmailInput#tone() tone}.
     *
     * @param tone the voice of the email; optional, friendly when absent
     * @return this builder
     */
    public Builder tone(Tone tone) {
      this.tone = tone;
      return this;
    }

    /**
     * Sets {@link ColdEmailInput#followUpCount() followUpCount}.
     *
     * @param followUpCount how many follow-up emails to write, 0 to 3; 0 when absent
     * @return this builder
     */
    public Builder followUpCount(Integer followUpCount) {
      this.followUpCount = followUpCount;
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public ColdEmailInput build() {
      return new ColdEmailInput(prospect, valueProposition, tone, followUpCount);
    }
  }
}
