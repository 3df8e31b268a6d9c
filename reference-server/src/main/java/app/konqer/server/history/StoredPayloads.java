package app.konqer.server.history;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code input} and {@code output} of a stored generation into the records of its service, as
 * {@link ServiceDefinitions} lists them.
 *
 * <p>Rows outlive record versions: a generation stored under an earlier contract may hold JSON that no longer
 * decodes to today's record (a member that changed its type, say). Such a payload is served as {@code null} rather
 * than failing the whole page, so the item, its id, service, time and model stay listed and paging goes on; the
 * row is logged at WARN with its id and the decoding error, never with its content. Members the record does not
 * know are skipped and members the row lacks are {@code null}, so added and removed members decode as they are.
 */
final class StoredPayloads {
  private static final Logger log = LoggerFactory.getLogger(StoredPayloads.class);

  private final Map<ServiceId, JsonAdapter<? extends ServiceInput>> inputs = new EnumMap<>(ServiceId.class);
  private final Map<ServiceId, JsonAdapter<? extends ServiceOutput>> outputs = new EnumMap<>(ServiceId.class);

  /**
   * Creates the reader.
   *
   * @param moshi the SDK's JSON configuration
   */
  StoredPayloads(Moshi moshi) {
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      inputs.put(definition.service(), moshi.adapter(definition.inputType()));
      outputs.put(definition.service(), moshi.adapter(definition.outputType()));
    }
  }

  /**
   * A stored input as its service's record.
   *
   * @param generation the generation's id, to log
   * @param service a known service
   * @param json the stored JSON text
   * @return the record, or {@code null} when the JSON no longer decodes to it
   */
  ServiceInput input(UUID generation, ServiceId service, String json) {
    return read(inputs.get(service), generation, service, "input", json);
  }

  /**
   * A stored output as its service's record.
   *
   * @param generation the generation's id, to log
   * @param service a known service
   * @param json the stored JSON text
   * @return the record, or {@code null} when the JSON no longer decodes to it
   */
  ServiceOutput output(UUID generation, ServiceId service, String json) {
    return read(outputs.get(service), generation, service, "output", json);
  }

  private static <T> T read(JsonAdapter<? extends T> adapter, UUID generation, ServiceId service, String member,
      String json) {
    if (adapter == null) {
      throw new IllegalArgumentException("No records for service " + service);
    }
    try {
      return adapter.fromJson(json);
    } catch (IOException | RuntimeException e) {
      log.warn("Generation {} ({}): its stored {} no longer decodes and is served as null: {}", generation,
          service.id(), member, reason(e));
      return null;
    }
  }

  /** Moshi's messages name the JSON path and the types involved; other messages may quote the content. */
  private static String reason(Exception e) {
    return e instanceof JsonDataException || e instanceof JsonEncodingException
        ? e.getMessage()
        : e.getClass().getSimpleName();
  }
}
