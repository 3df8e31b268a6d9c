package app.konqer.sdk.services.contract;

/**
 * Character limits shared by the service records, in UTF-16 characters as {@link String#length()} counts them.
 *
 * <p>Every free-text input member is at most {@link #TEXT} characters. Short list items (keywords, signals, subject
 * lines, bullet points) are at most {@link #LABEL}. The server also caps a request body at 64 KiB, so a body that
 * fills every member to its limit can still be refused as too large.
 */
public final class Limits {
  /** Free text: every text member of an input, and prose members of an output. */
  public static final int TEXT = 5_000;

  /** Short text: list items, titles, headings, names and subject lines. */
  public static final int LABEL = 500;

  /** Long-form prose written by the service, such as a whitepaper section body. */
  public static final int LONG_TEXT = 20_000;

  /** An e-mail address: a 64-character local part, the {@code @} and a 255-character domain. */
  public static final int EMAIL = 320;

  /** A URL. */
  public static final int URL = 2_048;

  private Limits() {}
}
