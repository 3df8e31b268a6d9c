package app.konqer.examples.cli;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.billing.KonqerBilling;
import app.konqer.sdk.billing.PlanOffer;
import app.konqer.sdk.json.KonqerJson;
import com.squareup.moshi.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code konqer plans}: the plans on sale. */
@Command(name = "plans", description = "List the plans on sale and what each grants.")
final class PlansCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  GlobalOptions global;

  PlansCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    KonqerClient client = context.anonymous(global, KonqerClient.DEFAULT_BASE_URL);
    List<PlanOffer> plans = KonqerBilling.of(client).plans();
    if (global.json) {
      context.printJson(plans, Types.newParameterizedType(List.class, PlanOffer.class));
      return ExitCode.OK.code();
    }
    List<List<String>> rows = new ArrayList<>();
    for (PlanOffer plan : plans) {
      rows.add(List.of(KonqerJson.wireName(plan.plan()), plan.name(),
          Money.format(plan.amountCents(), plan.currency()) + " / " + KonqerJson.wireName(plan.interval()),
          KonqerJson.wireName(plan.access()).replace('_', ' ').toLowerCase(Locale.ROOT)));
    }
    Table.print(context.out(), List.of("PLAN", "NAME", "PRICE", "ACCESS"), rows);
    context.out().println();
    context.out().println("Buy one with: konqer checkout <plan> [--service SERVICE]");
    return ExitCode.OK.code();
  }
}
