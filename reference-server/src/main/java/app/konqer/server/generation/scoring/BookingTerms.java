package app.konqer.server.generation.scoring;

import app.konqer.sdk.services.noshowshield.BookingSource;
import app.konqer.sdk.services.noshowshield.MeetingType;
import java.util.EnumMap;
import java.util.Map;

/**
 * The words {@link NoShowRiskScorer} reads for the contract's meeting types and booking sources: each wire value
 * becomes a phrase the scorer's tables recognise and that reads naturally in a reminder ("your follow-up call").
 * Values without a row in the scorer's tables ({@code closing}, {@code other}) add no points.
 */
public final class BookingTerms {
  private static final Map<MeetingType, String> MEETING_TYPES = new EnumMap<>(Map.of(
      MeetingType.DISCOVERY, "discovery call",
      MeetingType.DEMO, "demo",
      MeetingType.FOLLOW_UP, "follow-up call",
      MeetingType.CLOSING, "closing call",
      MeetingType.ONBOARDING, "onboarding session",
      MeetingType.OTHER, "meeting"));

  private static final Map<BookingSource, String> SOURCES = new EnumMap<>(Map.of(
      BookingSource.INBOUND, "inbound",
      BookingSource.OUTBOUND, "outbound",
      BookingSource.REFERRAL, "referral",
      BookingSource.PAID, "paid ad",
      BookingSource.EVENT, "event",
      BookingSource.OTHER, "other"));

  private BookingTerms() {}

  /**
   * The scorer's words for a meeting type.
   *
   * @param type the contract's meeting type, or {@code null}
   * @return the words, or {@code null} when the type is not given (which the scorer counts as such)
   */
  public static String meetingType(MeetingType type) {
    return type == null ? null : MEETING_TYPES.get(type);
  }

  /**
   * The scorer's words for a booking source.
   *
   * @param source the contract's source, or {@code null}
   * @return the words, or {@code null} when the source is not given
   */
  public static String source(BookingSource source) {
    return source == null ? null : SOURCES.get(source);
  }
}
