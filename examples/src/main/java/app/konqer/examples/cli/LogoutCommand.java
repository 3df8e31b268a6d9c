package app.konqer.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code konqer logout}: forgets the saved credentials. */
@Command(name = "logout", description = "Delete the saved credentials.")
final class LogoutCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  GlobalOptions global;

  LogoutCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    boolean deleted = context.store().delete();
    context.out().println(deleted ? "Logged out: deleted " + context.store().file() : "Not logged in.");
    return ExitCode.OK.code();
  }
}
