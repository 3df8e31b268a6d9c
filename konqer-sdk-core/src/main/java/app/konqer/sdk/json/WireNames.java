package app.konqer.sdk.json;

/**
 * Converts Java member names to the snake_case names used on the wire.
 *
 * <p>{@code tokensUsed} becomes {@code tokens_used}, {@code createdAt} becomes {@code created_at}. Runs of capitals
 * are kept together, so {@code linkedinURL} becomes {@code linkedin_url}.
 */
public final class WireNames {
  private WireNames() {}

  /**
   * Returns the snake_case wire name of a camelCase Java name.
   *
   * @param javaName a record component or enum constant name
   * @return the name as it appears in JSON
   */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousIsLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1));
        boolean nextIsLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        boolean previousIsUpper = i > 0 && Character.isUpperCase(javaName.charAt(i - 1));
        if (i > 0 && (previousIsLower || (previousIsUpper && nextIsLower)) && javaName.charAt(i - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
