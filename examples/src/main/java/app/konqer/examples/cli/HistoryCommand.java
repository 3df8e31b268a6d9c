package app.konqer.examples.cli;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.HistoryQuery;
import app.konqer.sdk.services.KonqerServices;
import com.squareup.moshi.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code konqer history}: past generations, newest first, fetched page by page as far as needed. */
@Command(name = "history", description = "List your past generations, newest first.")
final class HistoryCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  GlobalOptions global;

  @Option(names = "--service", paramLabel = "SERVICE", description = "Only this service, such as cold-dm.")
  String service;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "How many generations to list (default ${DEFAULT-VALUE}).")
  int limit;

  HistoryCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (limit < 1) {
      throw CliException.usage("--limit must be at least 1");
    }
    HistoryQuery.Builder query = HistoryQuery.builder().limit(Math.min(limit, HistoryQuery.MAX_LIMIT));
    if (service != null) {
      query.service(ServiceId.fromId(service).orElseThrow(() -> CliException.usage("Unknown service " + service)));
    }
    List<HistoryItem> items = KonqerServices.of(context.signedIn(global)).history().list(query.build()).stream()
        .limit(limit)
        .toList();
    if (global.json) {
      context.printJson(items, Types.newParameterizedType(List.class, HistoryItem.class));
      return ExitCode.OK.code();
    }
    if (items.isEmpty()) {
      context.out().println("No generations yet. Try: konqer generate cold-dm --field prospect_name=...");
      return ExitCode.OK.code();
    }
    List<List<String>> rows = new ArrayList<>();
    for (HistoryItem item : items) {
      rows.add(List.of(item.createdAt().toString(), item.service().id(), item.model(),
          item.personalizationScore() == null ? "-" : item.personalizationScore().toString(), item.id().toString()));
    }
    Table.print(context.out(), List.of("CREATED", "SERVICE", "MODEL", "SCORE", "ID"), rows);
    return ExitCode.OK.code();
  }
}
