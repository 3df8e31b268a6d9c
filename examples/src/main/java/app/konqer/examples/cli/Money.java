package app.konqer.examples.cli;

import java.util.Locale;

/** Prices as people read them. */
final class Money {
  private Money() {}

  /**
   * Formats an amount.
   *
   * @param cents the amount in cents
   * @param currency the ISO currency code, such as {@code eur}
   * @return such as {@code 699.00 EUR}
   */
  static String format(long cents, String currency) {
    return String.format(Locale.ROOT, "%d.%02d %s", cents / 100, cents % 100, currency.toUpperCase(Locale.ROOT));
  }
}
