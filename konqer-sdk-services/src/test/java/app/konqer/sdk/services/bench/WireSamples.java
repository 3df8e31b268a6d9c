package app.konqer.sdk.services.bench;

import app.konqer.sdk.model.Quota;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The bodies the benchmark sends and answers, built from the services' wire samples under
 * {@code src/test/resources/wire/}: a cold-dm input, its generation envelope, and a first history page of 20 items
 * across the twelve services, as compact JSON the way the server writes it.
 */
final class WireSamples {
  static final int PAGE_SIZE = 20;
  private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

  private final Moshi moshi;

  WireSamples(Moshi moshi) {
    this.moshi = moshi;
  }

  ColdDmInput coldDmInput() {
    return read(ServiceDefinitions.COLD_DM, "input", ColdDmInput.class);
  }

  String generationJson() {
    ColdDmOutput output = read(ServiceDefinitions.COLD_DM, "output", ColdDmOutput.class);
    Generation<ColdDmOutput> generation = new Generation<>(
        UUID.fromString("7c2b8a4e-0f55-4a35-9d2a-5e0f3c1b2a77"), ServiceDefinitions.COLD_DM.service(), CREATED,
        output, "gpt-4o", 412, output.personalizationScore(),
        new Quota(3, 50, Instant.parse("2026-03-03T00:00:00Z")));
    return moshi.<Generation<ColdDmOutput>>adapter(
        Types.newParameterizedType(Generation.class, ColdDmOutput.class)).toJson(generation);
  }

  String historyPageJson() {
    List<ServiceDefinition<?, ?>> services = ServiceDefinitions.all();
    List<HistoryItem> items = new ArrayList<>(PAGE_SIZE);
    for (int i = 0; i < PAGE_SIZE; i++) {
      ServiceDefinition<?, ?> definition = services.get(i % services.size());
      ServiceOutput output = read(definition, "output", definition.outputType());
      Integer score = output instanceof ColdDmOutput dm ? dm.personalizationScore() : null;
      items.add(new HistoryItem(new UUID(0x7c2b8a4e0f554a35L, 0x9d2a5e0f3c1b0000L + i), definition.service(),
          CREATED.minus(Duration.ofMinutes(7L * i)), read(definition, "input", definition.inputType()), output,
          "gpt-4o", 380 + i, score));
    }
    Page<HistoryItem> page = new Page<>(items, "eyJjIjoiMjAyNi0wMy0wMVQyMDo1MTowMFoiLCJpZCI6IjdjMmIifQ");
    return moshi.<Page<HistoryItem>>adapter(Types.newParameterizedType(Page.class, HistoryItem.class))
        .toJson(page);
  }

  private <T> T read(ServiceDefinition<?, ?> definition, String member, Class<T> type) {
    String resource = "/wire/" + definition.service().id() + "/" + member + ".json";
    try (InputStream in = WireSamples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      T value = moshi.adapter(type).fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!(value instanceof ServiceInput) && !(value instanceof ServiceOutput)) {
        throw new IllegalStateException(resource + " is not a service record");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
