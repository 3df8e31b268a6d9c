package app.konqer.server.generation.scoring;

/** The 0..100 range every score of this package lives in. */
final class Scores {
  static final int MIN = 0;
  static final int MAX = 100;

  private Scores() {
  }

  static int clamp(int raw) {
    return Math.max(MIN, Math.min(MAX, raw));
  }
}
