package app.konqer.examples.cli;

import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code konqer generate <service>}: one generation with any of the twelve services, its input given field by field
 * or as a JSON file. The fields come from the service's input record in {@code ServiceDefinitions}.
 */
@Command(name = "generate", description = {
    "Generate with a service. Fields are the input's JSON names; a dot reaches into a nested object.",
    "  konqer generate cold-dm --field prospect_name=Dana --field company=Northwind --field offer='Route planning'",
    "  konqer generate objection --field objection='Too expensive for us' --field deal_context.stage=negotiation",
    "  konqer generate warmranker --input leads.json"})
final class GenerateCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  GlobalOptions global;

  @Parameters(index = "0", paramLabel = "SERVICE", description = "The service id, such as cold-dm (see konqer services).")
  String service;

  @Option(names = {"-f", "--field"}, paramLabel = "NAME=VALUE", description = "An input field; repeat for lists.")
  List<String> fields = new ArrayList<>();

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "The input as a JSON object; --field wins.")
  Path input;

  @Option(names = "--idempotency-key", paramLabel = "KEY",
      description = "Reuse a key to replay an earlier generation instead of charging a new one.")
  String idempotencyKey;

  GenerateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ServiceDefinition<?, ?> definition = definition();
    if (fields.isEmpty() && input == null) {
      throw CliException.usage(service + " needs input: --field NAME=VALUE (or --input FILE.json). Its fields are: "
          + String.join(", ", InputFields.describe(definition.inputType())));
    }
    return generate(definition);
  }

  private <I extends ServiceInput, O extends ServiceOutput> Integer generate(ServiceDefinition<I, O> definition) {
    I request = new InputFields(context.moshi()).build(definition.inputType(), base(), fields);
    KonqerServices services = KonqerServices.of(context.signedIn(global));
    RequestOptions options = idempotencyKey == null ? RequestOptions.none()
        : RequestOptions.builder().idempotencyKey(idempotencyKey).build();
    Generation<O> generation = services.endpoint(definition).generate(request, options);
    if (global.json) {
      context.printJson(generation, definition.generationType());
      return ExitCode.OK.code();
    }
    context.out().printf("%s · %s · generation %s%n", definition.service().id(), generation.model(),
        generation.id());
    if (generation.personalizationScore() != null) {
      context.out().printf("Personalization score: %d/100%n", generation.personalizationScore());
    }
    if (generation.quota() != null) {
      context.out().printf("Quota: %d of %d used today (resets %s)%n", generation.quota().usedToday(),
          generation.quota().dailyLimit(), generation.quota().resetsAt());
    }
    context.out().println();
    Tree.print(context.moshi().adapter(definition.outputType()).toJsonValue(generation.output()), context.out(), "");
    return ExitCode.OK.code();
  }

  private ServiceDefinition<?, ?> definition() {
    ServiceId id = ServiceId.fromId(service).orElseThrow(() -> CliException.usage("Unknown service " + service
        + "; the services are: " + String.join(", ", ServiceDefinitions.all().stream()
            .map(definition -> definition.service().id()).toList())));
    return ServiceDefinitions.forId(id).orElseThrow();
  }

  private Map<String, Object> base() {
    if (input == null) {
      return Map.of();
    }
    try {
      Object value = context.moshi().adapter(Object.class).fromJson(Files.readString(input, StandardCharsets.UTF_8));
      if (!(value instanceof Map<?, ?> map)) {
        throw CliException.usage(input + " must hold a JSON object");
      }
      return context.moshi().<Map<String, Object>>adapter(
          Types.newParameterizedType(Map.class, String.class, Object.class)).fromJsonValue(map);
    } catch (IOException e) {
      throw CliException.usage("Cannot read " + input + ": " + e.getMessage());
    }
  }
}
