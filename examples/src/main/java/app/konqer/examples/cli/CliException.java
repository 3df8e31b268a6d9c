package app.konqer.examples.cli;

/** A failure the CLI explains itself, with the exit code it ends with. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  CliException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }

  static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }

  static CliException notLoggedIn() {
    return new CliException(ExitCode.AUTH, "Not logged in: run `konqer login --dev --email you@example.com` against a "
        + "dev server, or `konqer login --client-id ... --client-secret ... --token-url ...`");
  }
}
