package app.konqer.server.testkit;

import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.auth.Access;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link TestUser} should have when {@link #create()} stores it: a plan bought through the server's own
 * purchase code, services opened or closed by hand, quota already used today. Everything not set is what a brand-new
 * user has: no plan, every service locked, no quota used.
 *
 * <pre>{@code
 * TestUser dana = konqer.user("dana@example.com")
 *     .plan(Plan.FOUNDING)                          // cold-dm, objection and carousel open today
 *     .unlocked(ServiceId.COLD_EMAIL)               // and one more, opened by hand
 *     .quotaUsed(ServiceId.COLD_DM, 99)             // one cold DM left today
 *     .create();
 * }</pre>
 */
public final class TestUserBuilder {
  private final KonqerTestServer server;
  private final String email;
  private String name;
  private final List<String> roles = new ArrayList<>();
  private Plan plan;
  private ServiceId planService;
  private Instant purchasedAt;
  private final Set<ServiceId> unlocked = new LinkedHashSet<>();
  private final Set<ServiceId> locked = new LinkedHashSet<>();
  private final Map<ServiceId, Instant> lockedUntil = new EnumMap<>(ServiceId.class);
  private final Map<ServiceId, Integer> quotaUsed = new EnumMap<>(ServiceId.class);

  TestUserBuilder(KonqerTestServer server, String email) {
    this.server = server;
    if (email == null || email.isBlank() || email.indexOf('@') <= 0) {
      throw new IllegalArgumentException("Not an e-mail address: " + email);
    }
    this.email = email;
  }

  /**
   * Sets the display name; the default is the e-mail address's local part.
   *
   * @param name the name
   * @return this
   */
  public TestUserBuilder name(String name) {
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * Gives the user's tokens the {@code admin} role, which opens {@code /admin/*}.
   *
   * @return this
   */
  public TestUserBuilder admin() {
    if (!roles.contains(Access.ADMIN_ROLE)) {
      roles.add(Access.ADMIN_ROLE);
    }
    return this;
  }

  /**
   * Buys a plan that grants every service: {@link Plan#FOUNDING} (three services today, the rest over 28 days),
   * {@link Plan#MONTHLY_BUNDLE} or {@link Plan#ANNUAL_BUNDLE}. The purchase is recorded by the server's own billing
   * code, as a completed checkout is: the subscription, its grants, the payment and the access rows.
   *
   * @param plan the plan
   * @return this
   * @throws IllegalArgumentException for a single-service plan; use {@link #plan(Plan, ServiceId)}
   */
  public TestUserBuilder plan(Plan plan) {
    return plan(plan, null);
  }

  /**
   * Buys a plan; single-service plans ({@link Plan#MONTHLY_SINGLE}, {@link Plan#ANNUAL_SINGLE}) name their service.
   *
   * @param plan the plan
   * @param service the service of a single-service plan, or {@code null} for the others
   * @return this
   */
  public TestUserBuilder plan(Plan plan, ServiceId service) {
    Objects.requireNonNull(plan, "plan");
    if (plan == Plan.UNKNOWN) {
      throw new IllegalArgumentException("Plan.UNKNOWN cannot be bought");
    }
    boolean single = plan == Plan.MONTHLY_SINGLE || plan == Plan.ANNUAL_SINGLE;
    if (single != (service != null)) {
      throw new IllegalArgumentException(single
          ? plan + " is a single-service plan: name its service with plan(" + plan + ", service)"
          : plan + " grants every service: use plan(" + plan + ")");
    }
    this.plan = plan;
    this.planService = service;
    return this;
  }

  /**
   * Sets when the plan was bought; the default is the server's current time. A founding plan bought 7 days ago has
   * its day-7 services open already.
   *
   * @param time the purchase time
   * @return this
   */
  public TestUserBuilder purchasedAt(Instant time) {
    this.purchasedAt = Objects.requireNonNull(time, "time");
    return this;
  }

  /**
   * Opens services now, whatever the plan says.
   *
   * @param services the services
   * @return this
   */
  public TestUserBuilder unlocked(ServiceId... services) {
    for (ServiceId service : services) {
      requireKnown(service);
      unlocked.add(service);
      locked.remove(service);
      lockedUntil.remove(service);
    }
    return this;
  }

  /**
   * Closes services for good, whatever the plan says: generation answers 403 {@code service_locked}.
   *
   * @param services the services
   * @return this
   */
  public TestUserBuilder locked(ServiceId... services) {
    for (ServiceId service : services) {
      requireKnown(service);
      locked.add(service);
      unlocked.remove(service);
      lockedUntil.remove(service);
    }
    return this;
  }

  /**
   * Closes a service until a time: generation answers 403 {@code service_locked} with that {@code unlocks_at}.
   *
   * @param service the service
   * @param unlocksAt when it opens; after the server's current time
   * @return this
   */
  public TestUserBuilder lockedUntil(ServiceId service, Instant unlocksAt) {
    requireKnown(service);
    lockedUntil.put(service, Objects.requireNonNull(unlocksAt, "unlocksAt"));
    unlocked.remove(service);
    locked.remove(service);
    return this;
  }

  /**
   * Counts generations against today's quota (the server's UTC day), as if they had been made.
   *
   * @param service the service
   * @param used how many; from 0 to the service's daily limit
   * @return this
   */
  public TestUserBuilder quotaUsed(ServiceId service, int used) {
    requireKnown(service);
    if (used < 0) {
      throw new IllegalArgumentException("Used quota cannot be negative: " + used);
    }
    quotaUsed.put(service, used);
    return this;
  }

  /**
   * Stores the user. A second {@code create()} for the same e-mail address finds the same user and adds to it.
   *
   * @return the user
   */
  public TestUser create() {
    return server.createUser(this);
  }

  String email() {
    return email;
  }

  String name() {
    return name;
  }

  List<String> roles() {
    return List.copyOf(roles);
  }

  Plan plan() {
    return plan;
  }

  ServiceId planService() {
    return planService;
  }

  Instant purchasedAt() {
    return purchasedAt;
  }

  Set<ServiceId> unlocked() {
    return Set.copyOf(unlocked);
  }

  Set<ServiceId> locked() {
    return Set.copyOf(locked);
  }

  Map<ServiceId, Instant> lockedUntil() {
    return Map.copyOf(lockedUntil);
  }

  Map<ServiceId, Integer> quotaUsed() {
    return Map.copyOf(quotaUsed);
  }

  private static void requireKnown(ServiceId service) {
    if (service == null || service == ServiceId.UNKNOWN) {
      throw new IllegalArgumentException("Not a Konqer service: " + service);
    }
  }
}
