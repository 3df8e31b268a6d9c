package app.konqer.server.generation.offline;

import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import com.squareup.moshi.Moshi;
import java.util.Objects;

/**
 * Estimates the tokens a generation would have used, for {@code tokens_used} when no model reports a count.
 *
 * <p>The rule: {@code tokens = ceil(words / 0.75)}, at least 1, where {@code words} counts the words of the input's
 * JSON and the output's JSON together, as the wire carries them (member names included, as a model reads and writes
 * them). A word is a run of letters or digits; each ideograph (Chinese, Japanese, Korean) counts as a word of its
 * own. The factor 0.75 is the usual rule of thumb of about three quarters of an English word per token. The count is
 * a pure function of the two records, so a replayed generation reports the same figure.
 */
public final class TokenEstimator {
  private static final double WORDS_PER_TOKEN = 0.75;

  private final Moshi moshi;

  /**
   * Creates an estimator.
   *
   * @param moshi a {@code KonqerJson} instance, to write the records as the wire carries them
   */
  public TokenEstimator(Moshi moshi) {
    this.moshi = Objects.requireNonNull(moshi, "moshi");
  }

  /**
   * Estimates the tokens of one generation.
   *
   * @param definition the service
   * @param input its input
   * @param output its output
   * @param <I> the input record type
   * @param <O> the output record type
   * @return the estimate, at least 1
   */
  public <I extends ServiceInput, O extends ServiceOutput> int estimate(ServiceDefinition<I, O> definition, I input,
      O output) {
    Objects.requireNonNull(definition, "definition");
    long words = words(moshi.adapter(definition.inputType()).toJson(Objects.requireNonNull(input, "input")))
        + words(moshi.adapter(definition.outputType()).toJson(Objects.requireNonNull(output, "output")));
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) Math.ceil(words / WORDS_PER_TOKEN)));
  }

  /**
   * Counts words as the estimate does.
   *
   * @param text any text
   * @return runs of letters or digits, each ideograph counted on its own
   */
  static long words(String text) {
    long words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isIdeographic(c)) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return words;
  }
}
