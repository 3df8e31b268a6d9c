package app.konqer.examples.cli;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.services.CatalogEntry;
import app.konqer.sdk.services.KonqerServices;
import com.squareup.moshi.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code konqer services}: the twelve services, and the signed-in user's access to each. */
@Command(name = "services", description = "List the services, with your access to each when you are logged in.")
final class ServicesCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  GlobalOptions global;

  ServicesCommand(CliContext context) {
    this.context = context;
  }

  /**
   * One service as the command shows it.
   *
   * @param service the service id
   * @param name its name
   * @param type its product line
   * @param dailyLimit generations per day
   * @param priceMonthlyCents its monthly price, in euro cents
   * @param unlocked whether the user may use it now; {@code null} when nobody is logged in
   * @param unlocksAt when it unlocks, if scheduled
   */
  record ServiceView(ServiceId service, String name, ServiceType type, int dailyLimit, long priceMonthlyCents,
      Boolean unlocked, Instant unlocksAt) {}

  @Override
  public Integer call() {
    Optional<KonqerClient> signedIn = context.signedInIfPossible(global);
    KonqerClient client = signedIn.orElseGet(() -> context.anonymous(global, KonqerClient.DEFAULT_BASE_URL));
    List<CatalogEntry> catalog = KonqerServices.of(client).catalog();
    Map<ServiceId, UserService> access = signedIn
        .map(user -> user.user().services().stream()
            .collect(Collectors.toMap(UserService::service, Function.identity(), (a, b) -> a)))
        .orElse(Map.of());
    List<ServiceView> views = new ArrayList<>();
    for (CatalogEntry entry : catalog) {
      UserService mine = access.get(entry.service());
      views.add(new ServiceView(entry.service(), entry.name(), entry.type(), entry.dailyLimit(),
          entry.priceMonthlyCents(), mine == null ? null : mine.unlocked(), mine == null ? null : mine.unlocksAt()));
    }
    if (global.json) {
      context.printJson(views, Types.newParameterizedType(List.class, ServiceView.class));
      return ExitCode.OK.code();
    }
    List<List<String>> rows = new ArrayList<>();
    for (ServiceView view : views) {
      rows.add(List.of(view.service().id(), view.name(), KonqerJson.wireName(view.type()),
          Integer.toString(view.dailyLimit()), access(view)));
    }
    Table.print(context.out(), List.of("SERVICE", "NAME", "TYPE", "DAILY LIMIT", "ACCESS"), rows);
    if (signedIn.isEmpty()) {
      context.out().println();
      context.out().println("Log in (konqer login) to see which services are unlocked for you.");
    }
    return ExitCode.OK.code();
  }

  private static String access(ServiceView view) {
    if (view.unlocked() == null) {
      return "-";
    }
    if (view.unlocked()) {
      return "unlocked";
    }
    return view.unlocksAt() != null ? "unlocks " + view.unlocksAt() : "locked";
  }
}
