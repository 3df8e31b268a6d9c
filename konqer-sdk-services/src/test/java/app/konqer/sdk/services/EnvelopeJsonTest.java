package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.Quota;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.services.battlecards.BattlecardsOutput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The generation envelope, the catalog and usage rows, as the wire spells them. */
class EnvelopeJsonTest {
  private static final UUID ID = UUID.fromString("0b6f7c9e-3f5d-4c1a-9a8e-6d2b1e4f7a10");

  @Test
  void aColdDmGenerationCarriesItsPersonalizationScore() {
    Generation<ColdDmOutput> generation = new Generation<>(ID, ServiceId.COLD_DM,
        Instant.parse("2026-03-01T10:15:30Z"), Samples.coldDmOutput(), "gpt-4o", 612, 82,
        new Quota(7, 50, Instant.parse("2026-03-02T00:00:00Z")));
    String json = "{\"id\":\"" + ID + "\",\"service\":\"cold-dm\",\"created_at\":\"2026-03-01T10:15:30Z\","
        + "\"output\":" + Wire.fixture(ServiceId.COLD_DM, "output.json") + ",\"model\":\"gpt-4o\","
        + "\"tokens_used\":612,\"personalization_score\":82,"
        + "\"quota\":{\"used_today\":7,\"daily_limit\":50,\"resets_at\":\"2026-03-02T00:00:00Z\"}}";

    assertThat(Wire.tree(Wire.encode(ServiceDefinitions.COLD_DM.generationType(), generation)))
        .isEqualTo(Wire.tree(json));
    assertThat(Wire.<Generation<ColdDmOutput>>decode(ServiceDefinitions.COLD_DM.generationType(), json))
        .isEqualTo(generation);
  }

  @Test
  void otherServicesHaveNoPersonalizationScore() {
    String json = "{\"id\":\"" + ID + "\",\"service\":\"battlecards\",\"created_at\":\"2026-03-01T10:15:30Z\","
        + "\"output\":" + Wire.fixture(ServiceId.BATTLECARDS, "output.json") + ",\"model\":\"konqer-offline\","
        + "\"tokens_used\":0,\"personalization_score\":null,"
        + "\"quota\":{\"used_today\":1,\"daily_limit\":20,\"resets_at\":\"2026-03-02T00:00:00Z\"}}";

    Generation<BattlecardsOutput> generation =
        Wire.decode(ServiceDefinitions.BATTLECARDS.generationType(), json);

    assertThat(generation.output()).isEqualTo(Samples.battlecardsOutput());
    assertThat(generation.personalizationScore()).isNull();
    assertThat(generation.quota().dailyLimit()).isEqualTo(20);
    assertThat(Wire.encode(ServiceDefinitions.BATTLECARDS.generationType(), generation))
        .doesNotContain("personalization_score");
  }

  @Test
  void aCatalogEntryIsOneRowOfGetServices() {
    CatalogEntry entry = new CatalogEntry(ServiceId.NO_SHOW_SHIELD, "Calendar No-Show Shield",
        "calendar-no-show-shield", ServiceType.CORE, 9900, 99000, 100, true);
    String json = "{\"service\":\"no-show-shield\",\"name\":\"Calendar No-Show Shield\","
        + "\"slug\":\"calendar-no-show-shield\",\"type\":\"Core\",\"price_monthly_cents\":9900,"
        + "\"price_yearly_cents\":99000,\"daily_limit\":100,\"enabled\":true}";

    assertThat(Wire.tree(Wire.encode(CatalogEntry.class, entry))).isEqualTo(Wire.tree(json));
    assertThat(Wire.<CatalogEntry>decode(CatalogEntry.class, json)).isEqualTo(entry);
  }

  @Test
  void aUsageRowIsOneServiceOfGetUserUsage() {
    String json = "[{\"service\":\"carousel\",\"used_today\":12,\"daily_limit\":10,"
        + "\"resets_at\":\"2026-03-02T00:00:00Z\"},{\"service\":\"webinar\",\"used_today\":3,\"daily_limit\":10,"
        + "\"resets_at\":\"2026-03-02T00:00:00Z\"}]";

    List<ServiceUsage> usage = Wire.decode(
        com.squareup.moshi.Types.newParameterizedType(List.class, ServiceUsage.class), json);

    assertThat(usage).containsExactly(
        new ServiceUsage(ServiceId.CAROUSEL, 12, 10, Instant.parse("2026-03-02T00:00:00Z")),
        new ServiceUsage(ServiceId.WEBINAR, 3, 10, Instant.parse("2026-03-02T00:00:00Z")));
    assertThat(usage).extracting(ServiceUsage::remaining).containsExactly(0, 7);
  }
}
