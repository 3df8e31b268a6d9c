package app.konqer.sdk.services.colddm;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.contract.KnownValue;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * What to write a cold LinkedIn DM about: the body of {@code POST /services/cold-dm/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * ColdDmInput input = ColdDmInput.builder()
 *     .prospectName("Dana Whitfield")
 *     .company("Northwind Logistics")
 *     .offer("Route planning that cuts empty miles by 18%")
 *     .role("VP Operations")
 *     .recentActivity(List.of("Posted about rising diesel costs"))
 *     .build();
 * }</pre>
 *
 * @param prospectName the prospect's name, as the message addresses them; required, at most 5,000 characters
 * @param company the prospect's company; required, at most 5,000 characters
 * @param offer what you offer and why it matters to this prospect; required, at most 5,000 characters
 * @param linkedinUrl the prospect's LinkedIn profile URL, used to match them during enrichment; optional, at most
 *     5,000 characters
 * @param role the prospect's job title, such as {@code VP Sales}; optional, at most 5,000 characters
 * @param tone the voice of the message; optional, friendly when absent
 * @param recentActivity what the prospect recently posted, said or did, one item each, most relevant first; optional,
 *     at most 10 items of at most 5,000 characters
 */
public record ColdDmInput(
    @NotBlank @Size(max = Limits.TEXT) String prospectName,
    @NotBlank @Size(max = Limits.TEXT) String company,
    @NotBlank @Size(max = Limits.TEXT) String offer,
    @Size(max = Limits.TEXT) String linkedinUrl,
    @Size(max = Limits.TEXT) String role,
    @KnownValue Tone tone,
    @Size(max = 10) List<@NotBlank @Size(max = Limits.TEXT) String> recentActivity) implements ServiceInput {
  /** Copies {@code recentActivity} into an immutable list; a missing list becomes empty. */
  public ColdDmInput {
    recentActivity = recentActivity == null ? List.of() : List.copyOf(recentActivity);
  }

  /**
   * Starts a builder that asks for the required members first, in this order: {@code prospectName}, {@code company},
   * {@code offer}.
   *
   * @return the first step of the builder
   */
  public static ProspectNameStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.prospectName = prospectName;
    builder.company = company;
    builder.offer = offer;
    builder.linkedinUrl = linkedinUrl;
    builder.role = role;
    builder.tone = tone;
    builder.recentActivity = recentActivity;
    return builder;
  }

  /** The step of the builder that sets the required {@code prospectName}. */
  public interface ProspectNameStep {
    /**
     * Sets the required {@link ColdDmInput#prospectName() prospectName}.
     *
     * @param prospectName the prospect's name, as the message addresses them; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code prospectName} is null
     */
    CompanyStep prospectName(String prospectName);
  }

  /** The step of the builder that sets the required {@code company}. */
  public interface CompanyStep {
    /**
     * Sets the required {@link ColdDmInput#company() company}.
     *
     * @param company the prospect's company; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code company} is null
     */
    OfferStep company(String company);
  }

  /** The step of the builder that sets the required {@code offer}. */
  public interface OfferStep {
    /**
     * Sets the required {@link ColdDmInput#offer() offer}.
     *
     * @param offer what you offer and why it matters to this prospect; required, at most 5,000 characters
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code offer} is null
     */
    Builder offer(String offer);
  }

  /**
   * Builds a {@link ColdDmInput}. The required members come first, through the step interfaces; the optional ones can
   * then be set in any order.
   */
  public static final class Builder implements ProspectNameStep, CompanyStep, OfferStep {
    private String prospectName;
    private String company;
    private String offer;
    private String linkedinUrl;
    private String role;
    private Tone tone;
    private List<String> recentActivity;

    private Builder() {}

    @Override
    public Builder prospectName(String prospectName) {
      this.prospectName = Objects.requireNonNull(prospectName, "prospectName");
      return this;
    }

    @Override
    public Builder company(String company) {
      this.company = Objects.requireNonNull(company, "company");
      return this;
    }

    @Override
    public Builder offer(String offer) {
      this.offer = Objects.requireNonNull(offer, "offer");
      return this;
    }

    /**
     * Sets {@link ColdDmInput#linkedinUrl() linkedinUrl}.
     *
     * @param linkedinUrl the prospect's LinkedIn profile URL, used to match them during enrichment; optional, at most
     *     5,000 characters
     * @return this builder
     */
    public Builder linkedinUrl(String linkedinUrl) {
      this.linkedinUrl = linkedinUrl;
      return this;
    }

    /**
     * Sets {@link ColdDmInput#role() role}.
     *
     * @param role the prospect's job title, such as {@code VP Sales}; optional, at most 5,000 characters
     * @return this builder
     */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /**
     * Sets {@link ColdDmInput#tone() tone}.
     *
     * @param tone the voice of the message; optional, friendly when absent
     * @return this builder
     */
    public Builder tone(Tone tone) {
      this.tone = tone;
      return this;
    }

    /**
     * Sets {@link ColdDmInput#recentActivity() recentActivity}.
     *
     * @param recentActivity what the prospect recently posted, said or did, one item each, most relevant first;
     *     optional, at most 10 items of at most 5,000 characters
     * @return this builder
     */
    public Builder recentActivity(List<String> recentActivity) {
      this.recentActivity = recentActivity;
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public ColdDmInput build() {
      return new ColdDmInput(prospectName, company, offer, linkedinUrl, role, tone, recentActivity);
    }
  }
}
