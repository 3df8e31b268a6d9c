package app.konqer.server.generation.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic choices for one input: which phrasing, which order, which number in a range.
 *
 * <p>The seed is a 64-bit FNV-1a hash of the input's fields, so the same input always reads the same way and two
 * prospects of the same company do not get the same message. Each choice mixes the seed with a salt naming the
 * choice, so that choices are independent of each other. Nothing here reads a clock or a random source.
 */
final class Variation {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final long seed;

  private Variation(long seed) {
    this.seed = seed;
  }

  /**
   * A variation seeded by the given fields, in order; {@code null} fields count as the text {@code "null"}.
   *
   * @param fields the input's fields, such as its name and company
   * @return the variation
   */
  static Variation of(Object... fields) {
    long hash = FNV_OFFSET;
    for (Object field : fields) {
      hash = fnv(hash, String.valueOf(field));
      hash = (hash ^ 0x1f) * FNV_PRIME;
    }
    return new Variation(hash);
  }

  /**
   * A number from 0 (inclusive) to {@code bound} (exclusive).
   *
   * @param salt names the choice
   * @param bound at least 1
   * @return the number
   */
  int index(String salt, int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) Long.remainderUnsigned(mix(fnv(seed, salt)), bound);
  }

  /**
   * A number from {@code min} to {@code max}, both inclusive.
   *
   * @param salt names the choice
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the number
   */
  int between(String salt, int min, int max) {
    return min + index(salt, max - min + 1);
  }

  /**
   * One of the options.
   *
   * @param salt names the choice
   * @param options at least one
   * @param <T> the option type
   * @return the chosen option
   */
  <T> T pick(String salt, List<T> options) {
    return options.get(index(salt, options.size()));
  }

  /**
   * The options rotated to start at a chosen one, so that every option is used but the order varies.
   *
   * @param salt names the choice
   * @param options the options
   * @param <T> the option type
   * @return a new list with the same options
   */
  <T> List<T> rotate(String salt, List<T> options) {
    if (options.isEmpty()) {
      return List.of();
    }
    int start = index(salt, options.size());
    List<T> rotated = new ArrayList<>(options.subList(start, options.size()));
    rotated.addAll(options.subList(0, start));
    return rotated;
  }

  private static long fnv(long hash, String text) {
    long h = hash;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      h = (h ^ (c & 0xff)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    return h;
  }

  /** The SplitMix64 finalizer: spreads the hash's bits so that small remainders are evenly distributed. */
  private static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
