package app.konqer.server;

/** The environment holds a value the server cannot run with. The message names the variable and what it expects. */
public final class InvalidConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which variable is wrong and what it expects
   */
  public InvalidConfigException(String message) {
    super(message);
  }
}
