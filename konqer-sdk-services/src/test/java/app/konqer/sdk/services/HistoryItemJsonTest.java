package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.battlecards.BattlecardsOutput;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A history item's input and output decode to the records of its service, whatever the order of its members. */
class HistoryItemJsonTest {
  private static final UUID ID = UUID.fromString("0b6f7c9e-3f5d-4c1a-9a8e-6d2b1e4f7a10");
  private static final String CREATED_AT = "2026-03-01T10:15:30Z";

  /** Member orders a server may send: service first, payloads before the service, unknown members in between. */
  private static final List<Named<List<String>>> ORDERS = List.of(
      Named.of("service first", List.of("id", "service", "created_at", "input", "output", "model", "tokens_used",
          "personalization_score")),
      Named.of("payloads before service", List.of("output", "input", "model", "service", "id", "tokens_used",
          "created_at", "personalization_score")),
      Named.of("service last, unknown members", List.of("future_flag", "input", "id", "latency_ms", "output",
          "created_at", "model", "tokens_used", "personalization_score", "service")));

  static Stream<Arguments> servicesInEveryOrder() {
    return ServiceDefinitions.all().stream().flatMap(definition -> ORDERS.stream()
        .map(order -> Arguments.of(Named.of(definition.service().id(), definition), order)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("servicesInEveryOrder")
  void inputAndOutputDecodeToTheServicesRecords(ServiceDefinition<?, ?> service, List<String> order)
      throws IOException {
    Samples.Sample sample = Samples.of(service.service());

    HistoryItem item = Wire.historyAdapter().fromJson(json(service.service(), order));

    assertThat(item).isEqualTo(new HistoryItem(ID, service.service(), Instant.parse(CREATED_AT), sample.input(),
        sample.output(), "konqer-offline", 0, personalizationScore(service.service())));
    assertThat(item.input()).isInstanceOf(service.inputType());
    assertThat(item.output()).isInstanceOf(service.outputType());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void anItemIsWrittenBackAsTheSameJson(ServiceDefinition<?, ?> service) throws IOException {
    String json = json(service.service(), ORDERS.get(0).getPayload());

    String written = Wire.historyAdapter().toJson(Wire.historyAdapter().fromJson(json));

    assertThat(Wire.tree(written)).isEqualTo(Wire.tree(json));
  }

  static Stream<Named<ServiceDefinition<?, ?>>> services() {
    return ServiceDefinitions.all().stream().map(d -> Named.of(d.service().id(), d));
  }

  @Test
  void moshiFindsTheAdapterThroughJsonClass() {
    assertThat(Wire.MOSHI.adapter(HistoryItem.class).toString()).contains("JsonAdapter(HistoryItem)");
  }

  @Test
  void aPageOfHistoryMixesServices() {
    String json = "{\"data\":[" + json(ServiceId.COLD_DM, ORDERS.get(1).getPayload()) + ","
        + json(ServiceId.BATTLECARDS, ORDERS.get(2).getPayload()) + "],\"next_cursor\":\"c2\"}";

    Page<HistoryItem> page = Wire.decode(Types.newParameterizedType(Page.class, HistoryItem.class), json);

    assertThat(page.data()).extracting(HistoryItem::output)
        .hasExactlyElementsOfTypes(ColdDmOutput.class, BattlecardsOutput.class);
    assertThat(page.data().get(0).outputAs(ServiceDefinitions.COLD_DM)).contains(Samples.coldDmOutput());
    assertThat(page.data().get(0).inputAs(ServiceDefinitions.COLD_DM)).contains(Samples.coldDmInput());
    assertThat(page.data().get(1).outputAs(ServiceDefinitions.COLD_DM)).isEmpty();
    assertThat(page.nextCursor()).isEqualTo("c2");
  }

  @Test
  void aServiceThisSdkDoesNotKnowKeepsItsPayloadsAsJson() throws IOException {
    String json = "{\"id\":\"" + ID + "\",\"input\":{\"year\":1985,\"tags\":[\"flux\"]},"
        + "\"service\":\"time-machine\",\"output\":{\"destination\":{\"city\":\"Hill Valley\"}},"
        + "\"model\":\"gpt-9\",\"tokens_used\":42}";

    HistoryItem item = Wire.historyAdapter().fromJson(json);

    assertThat(item.service()).isEqualTo(ServiceId.UNKNOWN);
    assertThat(item.input()).isEqualTo(new UnknownPayload(Map.of("year", 1985.0, "tags", List.of("flux"))));
    assertThat(item.output()).isEqualTo(new UnknownPayload(Map.of("destination", Map.of("city", "Hill Valley"))));
    assertThat(item.tokensUsed()).isEqualTo(42);
    assertThat(item.inputAs(ServiceDefinitions.COLD_DM)).isEmpty();
    assertThatThrownBy(() -> Wire.historyAdapter().toJson(item))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ServiceId.UNKNOWN");
  }

  @Test
  void anItemWithoutAServiceRoundTripsItsPayloads() throws IOException {
    String json = "{\"id\":\"" + ID + "\",\"input\":{\"topic\":\"Empty miles\"},\"output\":{\"hook\":\"Stop\"},"
        + "\"tokens_used\":0}";

    HistoryItem item = Wire.historyAdapter().fromJson(json);

    assertThat(item.service()).isNull();
    assertThat(item.input()).isInstanceOf(UnknownPayload.class);
    assertThat(Wire.tree(Wire.historyAdapter().toJson(item))).isEqualTo(Wire.tree(json));
  }

  @Test
  void nullPayloadsStayNull() throws IOException {
    HistoryItem item = Wire.historyAdapter().fromJson(
        "{\"input\":null,\"output\":null,\"service\":\"cold-dm\",\"id\":\"" + ID + "\"}");

    assertThat(item.input()).isNull();
    assertThat(item.output()).isNull();
    assertThat(item.service()).isEqualTo(ServiceId.COLD_DM);
  }

  @Test
  void aPayloadOfTheWrongShapeIsADataExceptionNamingItsPlace() {
    assertThatThrownBy(() -> Wire.historyAdapter().fromJson(
        "{\"output\":{\"message\":[1,2]},\"service\":\"cold-dm\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("output of a cold-dm history item");
    assertThatThrownBy(() -> Wire.historyAdapter().fromJson("{\"service\":\"time-machine\",\"input\":[1]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.input");
  }

  @Test
  void anItemCannotHoldAnotherServicesRecords() {
    assertThatThrownBy(() -> new HistoryItem(ID, ServiceId.BATTLECARDS, Instant.parse(CREATED_AT),
        Samples.coldDmInput(), Samples.battlecardsOutput(), "gpt-4o", 900, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The input of a battlecards history item must be a BattlecardsInput, not a ColdDmInput");
  }

  @Test
  void typedAccessIsEmptyForOtherServices() {
    HistoryItem item = new HistoryItem(ID, ServiceId.COLD_DM, Instant.parse(CREATED_AT), Samples.coldDmInput(),
        Samples.coldDmOutput(), "gpt-4o", 612, 82);

    assertThat(item.inputAs(ServiceDefinitions.COLD_DM)).get().extracting(ColdDmInput::company)
        .isEqualTo("Northwind Logistics");
    assertThat(item.outputAs(ServiceDefinitions.BATTLECARDS)).isEmpty();
  }

  /** The JSON of a history item of the service, with its members in the given order and no null members. */
  private static String json(ServiceId service, List<String> order) {
    Map<String, String> members = new HashMap<>(Map.of(
        "id", "\"" + ID + "\"",
        "service", "\"" + service.id() + "\"",
        "created_at", "\"" + CREATED_AT + "\"",
        "input", Wire.fixture(service, "input.json"),
        "output", Wire.fixture(service, "output.json"),
        "model", "\"konqer-offline\"",
        "tokens_used", "0",
        "personalization_score", String.valueOf(personalizationScore(service)),
        "future_flag", "{\"nested\":[true,null]}",
        "latency_ms", "118"));
    members.values().removeIf("null"::equals);
    return order.stream()
        .filter(members::containsKey)
        .map(name -> "\"" + name + "\":" + members.get(name))
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static Integer personalizationScore(ServiceId service) {
    return service == ServiceId.COLD_DM ? 82 : null;
  }
}
