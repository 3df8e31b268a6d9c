package app.konqer.server.bench;

/** A main that does nothing: the cold start of a bare JVM on the server's classpath, the cold start baseline. */
public final class TrivialMain {
  private TrivialMain() {}

  /**
   * Returns at once.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Nothing: the JVM's own start and exit are what is measured.
  }
}
