package app.konqer.sdk.services;

import app.konqer.sdk.model.ServiceId;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonClass;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads and writes a {@link HistoryItem}, decoding its {@code input} and {@code output} to the records of the item's
 * {@code service}, as {@link ServiceDefinitions} lists them.
 *
 * <p>Moshi finds this adapter by name because {@link HistoryItem} is annotated
 * {@code @JsonClass(generateAdapter = true)}, so any {@link Moshi} built by
 * {@link app.konqer.sdk.json.KonqerJson} uses it, including inside {@code Page<HistoryItem>}. Members may come in
 * any order: an {@code input} or {@code output} that arrives before {@code service} is buffered and decoded once the
 * service is known. Unknown members are skipped. When the service is missing or unknown to this SDK version, the
 * input and output become {@link UnknownPayload}s, and are written back as the same JSON objects.
 */
public final class HistoryItemJsonAdapter extends JsonAdapter<HistoryItem> {
  private static final String ID = "id";
  private static final String SERVICE = "service";
  private static final String CREATED_AT = "created_at";
  private static final String INPUT = "input";
  private static final String OUTPUT = "output";
  private static final String MODEL = "model";
  private static final String TOKENS_USED = "tokens_used";
  private static final String PERSONALIZATION_SCORE = "personalization_score";
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      ID, SERVICE, CREATED_AT, INPUT, OUTPUT, MODEL, TOKENS_USED, PERSONALIZATION_SCORE);

  private final JsonAdapter<UUID> uuids;
  private final JsonAdapter<ServiceId> services;
  private final JsonAdapter<Instant> instants;
  private final JsonAdapter<String> strings;
  private final JsonAdapter<Integer> integers;
  private final JsonAdapter<Object> untyped;
  private final Map<ServiceId, JsonAdapter<?>> inputs;
  private final Map<ServiceId, JsonAdapter<?>> outputs;
  private final Map<Class<?>, JsonAdapter<?>> byRecordType;

  /**
   * Creates the adapter; Moshi calls this when {@link HistoryItem}'s adapter is first requested.
   *
   * @param moshi the Moshi instance that supplies the adapters of the members and of every service's records
   */
  public HistoryItemJsonAdapter(Moshi moshi) {
    uuids = moshi.adapter(UUID.class);
    services = moshi.adapter(ServiceId.class);
    instants = moshi.adapter(Instant.class);
    strings = moshi.adapter(String.class);
    integers = moshi.adapter(Integer.class);
    untyped = moshi.adapter(Object.class);
    Map<ServiceId, JsonAdapter<?>> inputAdapters = new EnumMap<>(ServiceId.class);
    Map<ServiceId, JsonAdapter<?>> outputAdapters = new EnumMap<>(ServiceId.class);
    Map<Class<?>, JsonAdapter<?>> recordAdapters = new HashMap<>();
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      JsonAdapter<?> input = moshi.adapter(definition.inputType());
      JsonAdapter<?> output = moshi.adapter(definition.outputType());
      inputAdapters.put(definition.service(), input);
      outputAdapters.put(definition.service(), output);
      recordAdapters.put(definition.inputType(), input);
      recordAdapters.put(definition.outputType(), output);
    }
    inputs = inputAdapters;
    outputs = outputAdapters;
    byRecordType = recordAdapters;
  }

  @Override
  public HistoryItem fromJson(JsonReader reader) throws IOException {
    UUID id = null;
    ServiceId service = null;
    boolean serviceRead = false;
    Instant createdAt = null;
    Object input = null;
    Object output = null;
    boolean inputBuffered = false;
    boolean outputBuffered = false;
    String model = null;
    int tokensUsed = 0;
    Integer personalizationScore = null;

    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0 -> id = uuids.fromJson(reader);
        case 1 -> {
          service = services.fromJson(reader);
          serviceRead = true;
        }
        case 2 -> createdAt = instants.fromJson(reader);
        case 3 -> {
          inputBuffered = !serviceRead;
          input = serviceRead ? read(reader, inputs.get(service)) : reader.readJsonValue();
        }
        case 4 -> {
          outputBuffered = !serviceRead;
          output = serviceRead ? read(reader, outputs.get(service)) : reader.readJsonValue();
        }
        case 5 -> model = strings.fromJson(reader);
        case 6 -> {
          Integer tokens = integers.fromJson(reader);
          tokensUsed = tokens == null ? 0 : tokens;
        }
        case 7 -> personalizationScore = integers.fromJson(reader);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (inputBuffered) {
      input = convert(input, inputs.get(service), INPUT, service, reader);
    }
    if (outputBuffered) {
      output = convert(output, outputs.get(service), OUTPUT, service, reader);
    }
    try {
      return new HistoryItem(id, service, createdAt, (ServiceInput) input, (ServiceOutput) output, model,
          tokensUsed, personalizationScore);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException(e.getMessage() + " at " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, HistoryItem item) throws IOException {
    writer.beginObject();
    writer.name(ID);
    uuids.toJson(writer, item.id());
    writer.name(SERVICE);
    services.toJson(writer, item.service());
    writer.name(CREATED_AT);
    instants.toJson(writer, item.createdAt());
    writer.name(INPUT);
    write(writer, item.input());
    writer.name(OUTPUT);
    write(writer, item.output());
    writer.name(MODEL);
    strings.toJson(writer, item.model());
    writer.name(TOKENS_USED);
    writer.value(item.tokensUsed());
    writer.name(PERSONALIZATION_SCORE);
    integers.toJson(writer, item.personalizationScore());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(HistoryItem)";
  }

  /** Decodes a payload in place, to its record when the service is known, otherwise to an UnknownPayload. */
  private Object read(JsonReader reader, JsonAdapter<?> adapter) throws IOException {
    if (adapter != null) {
      return adapter.fromJson(reader);
    }
    String path = reader.getPath();
    return unknownPayload(reader.readJsonValue(), path);
  }

  /** Decodes a payload that was buffered before the service was read. */
  private Object convert(Object buffered, JsonAdapter<?> adapter, String member, ServiceId service,
      JsonReader reader) {
    if (buffered == null) {
      return null;
    }
    if (adapter == null) {
      return unknownPayload(buffered, reader.getPath() + "." + member);
    }
    try {
      return adapter.fromJsonValue(buffered);
    } catch (JsonDataException e) {
      throw new JsonDataException("Invalid " + member + " of a " + service.id() + " history item at "
          + reader.getPath() + ": " + e.getMessage(), e);
    }
  }

  private static UnknownPayload unknownPayload(Object json, String path) {
    if (json == null) {
      return null;
    }
    if (!(json instanceof Map<?, ?> members)) {
      throw new JsonDataException("Expected a JSON object at " + path);
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    members.forEach((name, value) -> copy.put((String) name, value));
    return new UnknownPayload(copy);
  }

  private void write(JsonWriter writer, Object payload) throws IOException {
    if (payload == null) {
      writer.nullValue();
    } else if (payload instanceof UnknownPayload unknown) {
      untyped.toJson(writer, unknown.json());
    } else {
      adapterFor(payload).toJson(writer, payload);
    }
  }

  @SuppressWarnings("unchecked")
  private JsonAdapter<Object> adapterFor(Object payload) {
    JsonAdapter<?> adapter = byRecordType.get(payload.getClass());
    if (adapter == null) {
      throw new IllegalArgumentException("No JSON adapter for " + payload.getClass().getName()
          + ": history items hold the records listed in ServiceDefinitions");
    }
    return (JsonAdapter<Object>) adapter;
  }
}
