package app.konqer.sdk.services;

import app.konqer.sdk.model.ServiceId;
import com.squareup.moshi.JsonClass;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One past generation, a row of the generation history ({@code GET /user/history} and
 * {@code GET /user/history/{id}}).
 *
 * <p>Its input and output decode to the records of its service: for a {@code cold-dm} item, {@link #input()} is a
 * {@link app.konqer.sdk.services.colddm.ColdDmInput} and {@link #output()} a
 * {@link app.konqer.sdk.services.colddm.ColdDmOutput}. Use {@link #inputAs(ServiceDefinition)} and
 * {@link #outputAs(ServiceDefinition)} for typed access, or pattern matching. For a service this SDK version does not
 * know, {@link #service()} is {@link ServiceId#UNKNOWN} and both are {@link UnknownPayload}s holding the JSON as
 * sent. {@link HistoryItemJsonAdapter} reads and writes it.
 *
 * @param id the generation id, the same as {@link Generation#id()}
 * @param service the service that generated it
 * @param createdAt when the generation was stored
 * @param input what was sent, as the service's input record
 * @param output what was generated, as the service's output record
 * @param model the model that wrote the output, such as {@code gpt-4o} or {@code konqer-offline}
 * @param tokensUsed the model tokens consumed; 0 for the offline generator
 * @param personalizationScore for cold-dm, the 0-100 personalization score; {@code null} for every other service
 */
@JsonClass(generateAdapter = true)
public record HistoryItem(
    UUID id,
    ServiceId service,
    Instant createdAt,
    ServiceInput input,
    ServiceOutput output,
    String model,
    int tokensUsed,
    Integer personalizationScore) {

  /**
   * Checks that the input and output belong to the service.
   *
   * @throws IllegalArgumentException if the service is known and the input or output is another service's record
   */
  public HistoryItem {
    Optional<ServiceDefinition<?, ?>> definition = ServiceDefinitions.forId(service);
    if (definition.isPresent()) {
      requireType("input", input, definition.get().inputType(), service);
      requireType("output", output, definition.get().outputType(), service);
    }
  }

  /**
   * The input as the record of the given service.
   *
   * @param definition the service expected, such as {@link ServiceDefinitions#COLD_DM}
   * @param <I> its input record type
   * @return the input, or empty when this item belongs to another service or has no input
   */
  public <I extends ServiceInput> Optional<I> inputAs(ServiceDefinition<I, ?> definition) {
    return definition.inputType().isInstance(input)
        ? Optional.of(definition.inputType().cast(input))
        : Optional.empty();
  }

  /**
   * The output as the record of the given service.
   *
   * @param definition the service expected, such as {@link ServiceDefinitions#COLD_DM}
   * @param <O> its output record type
   * @return the output, or empty when this item belongs to another service or has no output
   */
  public <O extends ServiceOutput> Optional<O> outputAs(ServiceDefinition<?, O> definition) {
    return definition.outputType().isInstance(output)
        ? Optional.of(definition.outputType().cast(output))
        : Optional.empty();
  }

  private static void requireType(String member, Object value, Class<?> expected, ServiceId service) {
    if (value != null && !expected.isInstance(value)) {
      throw new IllegalArgumentException("The " + member + " of a " + service.id() + " history item must be a "
          + expected.getSimpleName() + ", not a " + value.getClass().getSimpleName());
    }
  }
}
