package app.konqer.sdk.services.communityfinder;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * Whose communities to find: the body of {@code POST /services/community-finder/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * CommunityFinderInput input = CommunityFinderInput.builder()
 *     .niche("B2B route planning")
 *     .idealCustomer("Fleet managers at regional carriers")
 *     .keywords(List.of("empty miles", "dispatch"))
 *     .build();
 * }</pre>
 *
 * @param niche the market niche, such as {@code B2B route planning}; required, at most 5,000 characters
 * @param idealCustomer who the ideal customer is, such as {@code fleet managers at regional carriers}; required, at
 *     most 5,000 characters
 * @param keywords words the ideal customer uses about the problem; optional, at most 20 items of at most 500
 *     characters
 * @param platforms platforms to search, such as {@code reddit}, {@code slack}, {@code discord}, {@code linkedin};
 *     optional, at most 10 items; empty means all
 */
public record CommunityFinderInput(
    @NotBlank @Size(max = Limits.TEXT) String niche,
    @NotBlank @Size(max = Limits.TEXT) String idealCustomer,
    @Size(max = 20) List<@NotBlank @Size(max = Limits.LABEL) String> keywords,
    @Size(max = 10) List<@NotBlank @Size(max = Limits.LABEL) String> platforms) implements ServiceInput {
  /** Copies {@code keywords} and {@code platforms} into immutable lists; a missing list becomes empty. */
  public CommunityFinderInput {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    platforms = platforms == null ? List.of() : List.copyOf(platforms);
  }

  /**
   * Starts a builder that asks for the required members first, in this order: {@code niche}, {@code idealCustomer}.
   *
   * @return the first step of the builder
   */
  public static NicheStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.niche = niche;
    builder.idealCustomer = idealCustomer;
    builder.keywords = keywords;
    builder.platforms = platforms;
    return builder;
  }

  /** The step of the builder that sets the required {@code niche}. */
  public interface NicheStep {
    /**
     * Sets the required {@link CommunityFinderInput#niche() niche}.
     *
     * @param niche the market niche, such as {@code B2B route planning}; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code niche} is null
     */
    IdealCustomerStep niche(String niche);
  }

  /** The step of the builder that sets the required {@code idealCustomer}. */
  public interface IdealCustomerStep {
    /**
     * Sets the required {@link CommunityFinderInput#idealCustomer() idealCustomer}.
     *
     * @param idealCustomer who the ideal customer is, such as {@code fleet managers at regional carriers}; required,
     *     at most 5,000 characters
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code idealCustomer} is null
     */
    Builder idealCustomer(String idealCustomer);
  }

  /**
   * Builds a {@link CommunityFinderInput}. The required members come first, through the step interfaces; the optional
   * ones can then be set in any order.
   */
  public static final class Builder implements NicheStep, IdealCustomerStep {
    private String niche;
    private String idealCustomer;
    private List<String> keywords;
    private List<String> platforms;

    private Builder() {}

    @Override
    public Builder niche(String niche) {
      this.niche = Objects.requireNonNull(niche, "niche");
      return this;
    }

    @Override
    public Builder idealCustomer(String idealCustomer) {
      this.idealCustomer = Objects.requireNonNull(idealCustomer, "idealCustomer");
      return this;
    }

    /**
     * Sets {@link CommunityFinderInput#keywords() keywords}.
     *
     * @param keywords words the ideal customer uses about the problem; optional, at most 20 items of at most 500
     *     characters
     * @return this builder
     */
    public Builder keywords(List<String> keywords) {
      this.keywords = keywords;
      return this;
    }

    /**
     * Sets {@link CommunityFinderInput#platforms() platforms}.
     *
     * @param platforms platforms to search, such as {@code reddit}, {@code slack}, {@code discord}, {@code linkedin};
     *     optional, at most 10 items; empty means all
     * @return this builder
     */
    public Builder platforms(List<String> platforms) {
      this.platforms = platforms;
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public CommunityFinderInput build() {
      return new CommunityFinderInput(niche, idealCustomer, keywords, platforms);
    }
  }
}
