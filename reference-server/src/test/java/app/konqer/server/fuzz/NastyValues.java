package app.konqer.server.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The values fuzzing reaches for: text that breaks encoders, numbers past their ranges, odd dates and names. */
final class NastyValues {
  /** Text that is valid JSON but hostile to what comes after the parser: databases, encoders, renderers. */
  static final List<String> TEXT = List.of(
      "",
      " ",
      "\u0000",
      "a\u0000b",
      "\u0000\u0000\u0000",
      "\uD800",
      "\uDFFF",
      "x\uDBFF",
      "\uDC00x",
      "\uFEFF",
      "\uFEFFhello",
      "\u202Eevil\u202C",
      "\u200F\u200E\u061C",
      "\u2066isolate\u2069",
      "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD",
      "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
      "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
      "Z\u0351\u0360\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349\u035A\u032F",
      "\u0000\uD800\uFEFF\u202E",
      "\uFFFE\uFFFF",
      "\u00A0\u2028\u2029\u3000",
      "\t\r\n\u000B\u000C",
      "\u001B[31mred\u001B[0m",
      "'; DROP TABLE users; --",
      "\" OR 1=1 --",
      "<script>alert(1)</script>",
      "${jndi:ldap://example.invalid/a}",
      "{{7*7}}",
      "%00%2F%2e%2e",
      "../../../../etc/passwd",
      "\\u0000",
      "null",
      "true",
      "-1",
      "1e309",
      "NaN",
      "COLD-DM",
      "cold_dm",
      "unknown",
      "UNKNOWN",
      "bundle",
      "single",
      "founding",
      "monthly",
      "admin",
      "1970-01-01T00:00:00Z",
      "+1000000000-01-01T00:00:00Z",
      "-1000000000-12-31T23:59:59Z",
      "+999999999-12-31T23:59:59.999999999Z",
      "-999999999-01-01T00:00:00Z",
      "2026-02-30T25:61:61Z",
      "9999-12-31T23:59:59Z",
      "0000-01-01T00:00:00Z",
      "2026-03-12T15:00:00+14:00",
      "00000000-0000-0000-0000-000000000000",
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
      "javascript:alert(1)",
      "http://",
      "https://example.com/\u0000",
      "https://exa mple.com/",
      "https://[::1]:99999/",
      "a@b",
      "@example.com",
      "a@example.com\u0000",
      "\uD800@example.com");

  /** Names near the valid ones: enum values in other spellings, plans, roles, events. */
  static final List<String> NAMES = List.of(
      "COLD-DM", "cold_dm", "Cold-Dm", "unknown", "UNKNOWN", "bundle", "monthly_single", "annual_bundle", "founding",
      "monthly", "admin",
      "checkout.session.completed", "customer.subscription.deleted", "invoice.payment_failed", "demo", "outbound",
      "direct", "DIRECT", "friendly", "evaluation", "null", "");

  /** Numbers at and past the edges of int, long and double, as the JSON text to send. */
  static final List<String> NUMBERS = List.of(
      "0", "-0", "-1", "1", "2", "-2147483648", "2147483647", "2147483648", "-2147483649",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e2", "1E+2", "0.5", "-0.0",
      "1.0", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "123456789012345678901234567890", "0.1e1",
      "100000", "100001", "365", "366", "99999999999999999999999999999999999999999999");

  /** Bytes that are not valid UTF-8, to put inside JSON strings. */
  static final List<byte[]> BAD_UTF8 = List.of(
      bytes(0xC0, 0xAF),
      bytes(0xE0, 0x80, 0xAF),
      bytes(0xF0, 0x80, 0x80, 0xAF),
      bytes(0xED, 0xA0, 0x80),
      bytes(0xED, 0xBF, 0xBF),
      bytes(0xF4, 0x90, 0x80, 0x80),
      bytes(0xFF),
      bytes(0xFE, 0xFF),
      bytes(0x80),
      bytes(0xC3),
      bytes(0xE2, 0x82),
      bytes(0xF8, 0x88, 0x80, 0x80, 0x80));

  private NastyValues() {}

  static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  /**
   * A hostile text, sometimes one of the list, sometimes a mix of them, sometimes long.
   *
   * @param random the case's random source
   * @return the text
   */
  static String text(SplittableRandom random) {
    int pick = random.nextInt(10);
    if (pick < 6) {
      return TEXT.get(random.nextInt(TEXT.size()));
    }
    if (pick < 8) {
      StringBuilder mix = new StringBuilder();
      int parts = 2 + random.nextInt(5);
      for (int i = 0; i < parts; i++) {
        mix.append(TEXT.get(random.nextInt(TEXT.size())));
      }
      return mix.toString();
    }
    return repeat(TEXT.get(random.nextInt(TEXT.size())) + "x", 100 + random.nextInt(3000));
  }

  /**
   * A JSON string literal holding invalid UTF-8 bytes.
   *
   * @param random the case's random source
   * @return the literal, quotes included
   */
  static JsonTree.Raw badUtf8String(SplittableRandom random) {
    byte[] bad = BAD_UTF8.get(random.nextInt(BAD_UTF8.size()));
    byte[] literal = new byte[bad.length + 4];
    literal[0] = '"';
    literal[1] = 'a';
    System.arraycopy(bad, 0, literal, 2, bad.length);
    literal[literal.length - 2] = 'z';
    literal[literal.length - 1] = '"';
    return new JsonTree.Raw(literal);
  }

  /**
   * A number as raw JSON text.
   *
   * @param random the case's random source
   * @return the number
   */
  static JsonTree.Raw number(SplittableRandom random) {
    return JsonTree.Raw.of(NUMBERS.get(random.nextInt(NUMBERS.size())));
  }

  static String repeat(String unit, int times) {
    StringBuilder out = new StringBuilder(unit.length() * times);
    for (int i = 0; i < times; i++) {
      out.append(unit);
    }
    return out.toString();
  }

  /**
   * A list of copies of a value.
   *
   * @param value the element
   * @param size how many
   * @return the list
   */
  static List<Object> list(Object value, int size) {
    List<Object> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(JsonTree.copy(value));
    }
    return list;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
