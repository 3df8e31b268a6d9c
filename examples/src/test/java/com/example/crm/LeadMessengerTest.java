package com.example.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.error.RateLimitException;
import app.konqer.sdk.error.ServiceLockedException;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.server.testkit.KonqerTestServer;
import app.konqer.server.testkit.RecordedRequest;
import app.konqer.server.testkit.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How an integrator tests their own code against Konqer: one test-scoped dependency (app.konqer:reference-server),
 * the real server in the test's JVM, and no network.
 */
class LeadMessengerTest {
  @RegisterExtension
  static KonqerTestServer konqer = KonqerTestServer.create();

  @Test
  void writesAColdDmForAFoundingMember() {
    TestUser dana = konqer.user("dana@example.com").plan(Plan.FOUNDING).create();
    LeadMessenger messenger = new LeadMessenger(KonqerServices.of(konqer.clientFor(dana)));

    Generation<ColdDmOutput> dm = messenger.coldDm("42", "Priya Raman", "Cobalt Health");

    assertThat(dm.output().message()).contains("Priya");
    assertThat(dm.personalizationScore()).isBetween(0, 100);
    assertThat(dm.quota().usedToday()).isEqualTo(1);
    RecordedRequest sent = konqer.takeRequest();
    assertThat(sent.requestLine()).isEqualTo("POST /services/cold-dm/generate");
    assertThat(sent.bodyAs(ColdDmInput.class).company()).isEqualTo("Cobalt Health");
    assertThat(sent.idempotencyKey()).isEqualTo("lead-42");
  }

  @Test
  void aRateLimitedCallIsRetriedWithTheSameIdempotencyKeyAndChargedOnce() {
    TestUser sam = konqer.user("sam@example.com").plan(Plan.MONTHLY_BUNDLE).create();
    List<Duration> waits = new ArrayList<>();
    KonqerClient client = konqer.clientFor(sam, builder -> builder.sleeper(waits::add));
    konqer.failNext(1, 429, Duration.ofSeconds(2));

    new LeadMessenger(KonqerServices.of(client)).coldDm("7", "Marcus Feld", "Brightline Freight");

    assertThat(konqer.requests()).extracting(RecordedRequest::status).containsExactly(429, 200);
    assertThat(konqer.requests()).extracting(RecordedRequest::idempotencyKey).containsOnly("lead-7");
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
    assertThat(konqer.generationCount(sam)).isEqualTo(1);
    assertThat(konqer.quotaUsed(sam, ServiceId.COLD_DM)).isEqualTo(1);
  }

  @Test
  void askingAgainForTheSameLeadReplaysTheFirstDmWithoutCharging() {
    TestUser lee = konqer.user("lee@example.com").plan(Plan.FOUNDING).create();
    LeadMessenger messenger = new LeadMessenger(KonqerServices.of(konqer.clientFor(lee)));

    Generation<ColdDmOutput> first = messenger.coldDm("9", "Claire Dubois", "Atelier Nord");
    Generation<ColdDmOutput> again = messenger.coldDm("9", "Claire Dubois", "Atelier Nord");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(konqer.generationCount(lee)).isEqualTo(1);
    assertThat(konqer.quotaUsed(lee, ServiceId.COLD_DM)).isEqualTo(1);
  }

  @Test
  void aLockedServiceSurfacesAsServiceLockedException() {
    TestUser kim = konqer.user("kim@example.com").plan(Plan.FOUNDING).create();
    konqer.lock(kim, ServiceId.COLD_DM);
    LeadMessenger messenger = new LeadMessenger(KonqerServices.of(konqer.clientFor(kim)));

    assertThatThrownBy(() -> messenger.coldDm("1", "Ahmed Khalil", "Meridian Cold Chain"))
        .isInstanceOfSatisfying(ServiceLockedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.code()).isEqualTo("service_locked");
          assertThat(e.unlocksAt()).isEmpty();
        });
    assertThat(konqer.generationCount(kim)).isZero();
  }

  @Test
  void aScheduledUnlockSaysWhen() {
    Instant nextWeek = konqer.clock().instant().plus(Duration.ofDays(7));
    TestUser ana = konqer.user("ana@example.com").lockedUntil(ServiceId.COLD_DM, nextWeek).create();
    LeadMessenger messenger = new LeadMessenger(KonqerServices.of(konqer.clientFor(ana)));

    assertThatThrownBy(() -> messenger.coldDm("2", "Sofia Lindqvist", "Fjordway Travel"))
        .isInstanceOfSatisfying(ServiceLockedException.class, e -> assertThat(e.unlocksAt())
            .contains(nextWeek));

    konqer.clock().advance(Duration.ofDays(7));

    assertThat(messenger.coldDm("2", "Sofia Lindqvist", "Fjordway Travel").output().message()).isNotBlank();
  }

  @Test
  void anExhaustedQuotaSurfacesAsRateLimitExceptionWithTheWaitAndTheFigures() {
    TestUser ola = konqer.user("ola@example.com").plan(Plan.FOUNDING).quotaUsed(ServiceId.COLD_DM, 99).create();
    LeadMessenger messenger = new LeadMessenger(KonqerServices.of(konqer.clientFor(ola)));
    messenger.coldDm("3", "Kenji Watanabe", "Hikari Robotics");

    assertThatThrownBy(() -> messenger.coldDm("4", "Hannah Becker", "Kettle & Crumb"))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.code()).isEqualTo(RateLimitException.DAILY_LIMIT_EXCEEDED);
          assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive());
          assertThat(e.quota()).hasValueSatisfying(quota -> {
            assertThat(quota.usedToday()).isEqualTo(100);
            assertThat(quota.dailyLimit()).isEqualTo(100);
          });
        });
    assertThat(konqer.requests()).extracting(RecordedRequest::status).containsExactly(200, 429);
  }

  @Test
  void exhaustQuotaStopsTheNextGeneration() {
    TestUser ivo = konqer.user("ivo@example.com").plan(Plan.FOUNDING).create();
    konqer.exhaustQuota(ivo, ServiceId.COLD_DM);

    assertThatThrownBy(() -> new LeadMessenger(KonqerServices.of(konqer.clientFor(ivo)))
        .coldDm("5", "Grace O'Connor", "Harbor Legal"))
        .isInstanceOf(RateLimitException.class);
    assertThat(konqer.generationCount(ivo)).isZero();
  }
}
