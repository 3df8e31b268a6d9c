package app.konqer.server.user;

import app.konqer.server.auth.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users behind recently seen tokens, so that an authenticated request does not read the {@code users} row its
 * caller already has.
 *
 * <p>An entry is keyed by everything the token says about the caller (subject, e-mail, name, roles): a token that
 * says something new goes to {@link UserRepository#onSight}, which creates or updates the row. What is remembered
 * cannot go stale: a user's id and creation time never change, and e-mail and name change only through a token that
 * says so. Entries live at most {@link #MAX_AGE}; the cache holds at most {@code capacity} callers and, when full,
 * drops the expired ones, or all of them if that is not enough.
 */
public final class KnownUsers {
  /** Longest time a user row is reused without reading it. */
  public static final Duration MAX_AGE = Duration.ofMinutes(5);

  private final UserRepository users;
  private final Clock clock;
  private final int capacity;
  private final Map<Principal, Known> entries = new ConcurrentHashMap<>();

  private record Known(User user, Instant until) {}

  /**
   * Creates the cache.
   *
   * @param users where users are read and created
   * @param clock the current time
   * @param capacity the most callers remembered
   */
  public KnownUsers(UserRepository users, Clock clock, int capacity) {
    this.users = Objects.requireNonNull(users, "users");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * The user a verified token speaks for, as {@link UserRepository#onSight} gives it.
   *
   * @param principal the verified token
   * @return the stored user
   */
  public User onSight(Principal principal) {
    Instant now = clock.instant();
    Known known = entries.get(principal);
    if (known != null && now.isBefore(known.until())) {
      return known.user();
    }
    User user = users.onSight(principal);
    if (entries.size() >= capacity) {
      entries.values().removeIf(entry -> !now.isBefore(entry.until()));
      if (entries.size() >= capacity) {
        entries.clear();
      }
    }
    entries.put(principal, new Known(user, now.plus(MAX_AGE)));
    return user;
  }
}
