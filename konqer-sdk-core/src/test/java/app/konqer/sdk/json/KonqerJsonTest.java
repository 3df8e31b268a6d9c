package app.konqer.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KonqerJsonTest {
  private final Moshi moshi = KonqerJson.create();

  @Test
  void recordsUseSnakeCaseAndIgnoreUnknownMembers() throws IOException {
    JsonAdapter<Subscription> adapter = moshi.adapter(Subscription.class);
    String json = "{\"id\":\"6f1c1a8e-5d0c-4a8f-9a4e-0c8b8f5b2f10\",\"plan\":\"monthly_single\","
        + "\"service\":\"cold-dm\",\"status\":\"past_due\",\"current_period_end\":\"2026-12-01T00:00:00Z\","
        + "\"cancel_at_period_end\":true,\"brand_new_field\":{\"nested\":[1,2]}}";

    Subscription subscription = adapter.fromJson(json);

    assertThat(subscription.id()).isEqualTo(UUID.fromString("6f1c1a8e-5d0c-4a8f-9a4e-0c8b8f5b2f10"));
    assertThat(subscription.plan()).isEqualTo(Plan.MONTHLY_SINGLE);
    assertThat(subscription.service()).isEqualTo(ServiceId.COLD_DM);
    assertThat(subscription.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
    assertThat(subscription.currentPeriodEnd()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(subscription.currentPeriodStart()).isNull();
    assertThat(subscription.cancelAtPeriodEnd()).isTrue();
    assertThat(adapter.toJson(subscription))
        .contains("\"current_period_end\":\"2026-12-01T00:00:00Z\"")
        .contains("\"cancel_at_period_end\":true")
        .contains("\"service\":\"cold-dm\"");
  }

  @Test
  void unknownEnumValuesDecodeToUnknown() throws IOException {
    UserService service = moshi.adapter(UserService.class)
        .fromJson("{\"service\":\"time-machine\",\"type\":\"Purple\",\"unlocked\":false}");

    assertThat(service.service()).isEqualTo(ServiceId.UNKNOWN);
    assertThat(service.type()).isEqualTo(ServiceType.UNKNOWN);
  }

  @Test
  void knownEnumValuesUseTheirWireNames() throws IOException {
    UserService service = moshi.adapter(UserService.class)
        .fromJson("{\"service\":\"no-show-shield\",\"type\":\"Core\",\"unlocked\":true}");

    assertThat(service.service()).isEqualTo(ServiceId.NO_SHOW_SHIELD);
    assertThat(service.type()).isEqualTo(ServiceType.CORE);
    assertThat(ServiceId.fromId("deck-heatmap")).contains(ServiceId.DECK_HEATMAP);
    assertThat(ServiceId.fromId("nope")).isEmpty();
  }

  @Test
  void unknownCannotBeSent() {
    assertThatThrownBy(() -> moshi.adapter(ServiceId.class).toJson(ServiceId.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void genericRecordsResolveTheirTypeArguments() throws IOException {
    JsonAdapter<Page<Subscription>> adapter =
        moshi.adapter(Types.newParameterizedType(Page.class, Subscription.class));

    Page<Subscription> page = adapter.fromJson(
        "{\"data\":[{\"plan\":\"founding\",\"status\":\"active\"}],\"next_cursor\":\"abc\"}");

    assertThat(page.data()).singleElement().extracting(Subscription::plan).isEqualTo(Plan.FOUNDING);
    assertThat(page.nextCursor()).isEqualTo("abc");
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void problemRoundTripsWithFieldErrors() throws IOException {
    JsonAdapter<Problem> adapter = moshi.adapter(Problem.class);
    Problem problem = Problem.of(422, "validation_failed", "Validation failed", "2 fields are invalid", "req-1")
        .withErrors(List.of(new app.konqer.sdk.error.FieldError("company", "must not be blank")));

    Problem back = adapter.fromJson(adapter.toJson(problem));

    assertThat(back).isEqualTo(problem);
    assertThat(adapter.toJson(problem)).contains("\"request_id\":\"req-1\"");
  }

  @Test
  void badInstantIsADataException() {
    assertThatThrownBy(() -> moshi.adapter(Subscription.class).fromJson("{\"created_at\":\"yesterday\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("created_at");
  }

  @Test
  void snakeCaseNames() {
    assertThat(WireNames.snakeCase("tokensUsed")).isEqualTo("tokens_used");
    assertThat(WireNames.snakeCase("id")).isEqualTo("id");
    assertThat(WireNames.snakeCase("linkedinURL")).isEqualTo("linkedin_url");
    assertThat(WireNames.snakeCase("subjectLines")).isEqualTo("subject_lines");
    assertThat(WireNames.snakeCase("noShowRisk")).isEqualTo("no_show_risk");
  }
}
