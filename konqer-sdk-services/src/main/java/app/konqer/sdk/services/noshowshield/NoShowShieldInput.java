package app.konqer.sdk.services.noshowshield;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.contract.KnownValue;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * The booked meeting to protect: the body of {@code POST /services/no-show-shield/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * NoShowShieldInput input = NoShowShieldInput.builder()
 *     .attendeeName("Dana Whitfield")
 *     .scheduledAt(Instant.parse("2026-03-12T15:00:00Z"))
 *     .bookedAt(Instant.parse("2026-02-26T09:30:00Z"))
 *     .meetingType(MeetingType.DEMO)
 *     .source(BookingSource.OUTBOUND)
 *     .build();
 * }</pre>
 *
 * @param attendeeName the attendee's name; required, at most 5,000 characters
 * @param scheduledAt when the meeting starts; required, after {@code booked_at}
 * @param bookedAt when the meeting was booked; required
 * @param attendeeEmail the attendee's e-mail address; optional, at most 320 characters
 * @param meetingType the kind of meeting; optional
 * @param source how the meeting was booked; optional
 * @param priorNoShows how many earlier meetings this attendee missed, 0 to 100; 0 when absent
 */
public record NoShowShieldInput(
    @NotBlank @Size(max = Limits.TEXT) String attendeeName,
    @NotNull Instant scheduledAt,
    @NotNull Instant bookedAt,
    @Email @Size(max = Limits.EMAIL) String attendeeEmail,
    @KnownValue MeetingType meetingType,
    @KnownValue BookingSource source,
    @Min(0) @Max(100) Integer priorNoShows) implements ServiceInput {
  /** The prior no-show count used when none is given: {@value}. */
  public static final int DEFAULT_PRIOR_NO_SHOWS = 0;

  /** Applies the default prior no-show count ({@value #DEFAULT_PRIOR_NO_SHOWS}). */
  public NoShowShieldInput {
    priorNoShows = priorNoShows == null ? DEFAULT_PRIOR_NO_SHOWS : priorNoShows;
  }

  /**
   * Starts a builder that asks for the required members first, in this order: {@code attendeeName},
   * {@code scheduledAt}, {@code bookedAt}.
   *
   * @return the first step of the builder
   */
  public static AttendeeNameStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.attendeeName = attendeeName;
    builder.scheduledAt = scheduledAt;
    builder.bookedAt = bookedAt;
    builder.attendeeEmail = attendeeEmail;
    builder.meetingType = meetingType;
    builder.source = source;
    builder.priorNoShows = priorNoShows;
    return builder;
  }

  /** The step of the builder that sets the required {@code attendeeName}. */
  public interface AttendeeNameStep {
    /**
     * Sets the required {@link NoShowShieldInput#attendeeName() attendeeName}.
     *
     * @param attendeeName the attendee's name; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code attendeeName} is null
     */
    ScheduledAtStep attendeeName(String attendeeName);
  }

  /** The step of the builder that sets the required {@code scheduledAt}. */
  public interface ScheduledAtStep {
    /**
     * Sets the required {@link NoShowShieldInput#scheduledAt() scheduledAt}.
     *
     * @param scheduledAt when the meeting starts; required, after {@code booked_at}
     * @return the next step
     * @throws NullPointerException if {@code scheduledAt} is null
     */
    BookedAtStep scheduledAt(Instant scheduledAt);
  }

  /** The step of the builder that sets the required {@code bookedAt}. */
  public interface BookedAtStep {
    /**
     * Sets the required {@link NoShowShieldInput#bookedAt() bookedAt}.
     *
     * @param bookedAt when the meeting was booked; required
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code bookedAt} is null
     */
    Builder bookedAt(Instant bookedAt);
  }

  /**
   * Builds a {@link NoShowShieldInput}. The required members come first, through the step interfaces; the optional
   * ones can then be set in any order.
   */
  public static final class Builder implements AttendeeNameStep, ScheduledAtStep, BookedAtStep {
    private String attendeeName;
    private Instant scheduledAt;
    private Instant bookedAt;
    private String attendeeEmail;
    private MeetingType meetingType;
    private BookingSource source;
    private Integer priorNoShows;

    private Builder() {}

    @Override
    public Builder attendeeName(String attendeeName) {
      this.attendeeName = Objects.requireNonNull(attendeeName, "attendeeName");
      return this;
    }

    @Override
    public Builder scheduledAt(Instant scheduledAt) {
      this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
      return this;
    }

    @Override
    public Builder bookedAt(Instant bookedAt) {
      this.bookedAt = Objects.requireNonNull(bookedAt, "bookedAt");
      return this;
    }

    /**
     * Sets {@link NoShowShieldInput#attendeeEmail() attendeeEmail}.
     *
     * @param attendeeEmail the attendee's e-mail address; optional, at most 320 characters
     * @return this builder
     */
    public Builder attendeeEmail(String attendeeEmail) {
      this.attendeeEmail = attendeeEmail;
      return this;
    }

    /**
     * Sets {@link NoShowShieldInput#meetingType() meetingType}.
     *
     * @param meetingType the kind of meeting; optional
     * @return this builder
     */
    public Builder meetingType(MeetingType meetingType) {
      this.meetingType = meetingType;
      return this;
    }

    /**
     * Sets {@link NoShowShieldInput#source() source}.
     *
     * @param source how the meeting was booked; optional
     * @return this builder
     */
    public Builder source(BookingSource source) {
      this.source = source;
      return this;
    }

    /**
     * Sets {@link NoShowShieldInput#priorNoShows() priorNoShows}.
     *
     * @param priorNoShows how many earlier meetings this attendee missed, 0 to 100; 0 when absent
     * @return this builder
     */
    public Builder priorNoShows(Integer priorNoShows) {
      this.priorNoShows = priorNoShows;
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public NoShowShieldInput build() {
      return new NoShowShieldInput(
          attendeeName, scheduledAt, bookedAt, attendeeEmail, meetingType, source, priorNoShows);
    }
  }
}
