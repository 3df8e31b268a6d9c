package app.konqer.examples.cli;

import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.ServiceUsage;
import com.squareup.moshi.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code konqer usage}: today's quota use per service. */
@Command(name = "usage", description = "Show today's use of each service's daily quota.")
final class UsageCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  GlobalOptions global;

  UsageCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<ServiceUsage> usage = KonqerServices.of(context.signedIn(global)).usage();
    if (global.json) {
      context.printJson(usage, Types.newParameterizedType(List.class, ServiceUsage.class));
      return ExitCode.OK.code();
    }
    List<List<String>> rows = new ArrayList<>();
    for (ServiceUsage service : usage) {
      rows.add(List.of(service.service().id(), Integer.toString(service.usedToday()),
          Integer.toString(service.dailyLimit()), String.valueOf(service.resetsAt())));
    }
    Table.print(context.out(), List.of("SERVICE", "USED TODAY", "DAILY LIMIT", "RESETS AT"), rows);
    return ExitCode.OK.code();
  }
}
