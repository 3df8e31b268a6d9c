package app.konqer.sdk.services;

import app.konqer.sdk.model.ServiceId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which generation history to list: all services or one, how many items per page, and where to start. Immutable;
 * build with {@link #builder()}, or use {@link #all()} and {@link #of(ServiceId)}.
 *
 * <pre>{@code
 * HistoryQuery query = HistoryQuery.builder()
 *     .service(ServiceId.COLD_DM)
 *     .limit(50)
 *     .build();
 * }</pre>
 *
 * <p>A cursor belongs to the list that returned it: the server refuses a cursor of the cold-dm history on the
 * objection history, or on the unfiltered one, with 400 {@code invalid_cursor}.
 */
public final class HistoryQuery {
  /** The most items the server returns per page. */
  public static final int MAX_LIMIT = 100;

  private static final HistoryQuery ALL = new Builder().build();

  private final ServiceId service;
  private final Integer limit;
  private final String cursor;

  private HistoryQuery(Builder builder) {
    this.service = builder.service;
    this.limit = builder.limit;
    this.cursor = builder.cursor;
  }

  /**
   * The whole history, newest first, in pages of the server's default size (20).
   *
   * @return the query without a filter
   */
  public static HistoryQuery all() {
    return ALL;
  }

  /**
   * The history of one service, newest first.
   *
   * @param service the service
   * @return the query
   */
  public static HistoryQuery of(ServiceId service) {
    return builder().service(service).build();
  }

  /**
   * A builder with nothing set: every service, the server's page size, from the newest item.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this query.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.service = service;
    builder.limit = limit;
    builder.cursor = cursor;
    return builder;
  }

  /**
   * The service whose generations to list.
   *
   * @return the service, or empty for every service
   */
  public Optional<ServiceId> service() {
    return Optional.ofNullable(service);
  }

  /**
   * The page size.
   *
   * @return 1 to {@value #MAX_LIMIT}, or empty for the server's default of 20
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * Where the page starts: the {@link app.konqer.sdk.paging.Page#nextCursor() next cursor} of an earlier page of
   * the same list.
   *
   * @return the cursor, or empty for the newest item
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** This query starting at another cursor; {@code null} starts at the newest item. */
  HistoryQuery at(String cursor) {
    if (Objects.equals(cursor, this.cursor)) {
      return this;
    }
    Builder builder = toBuilder();
    builder.cursor = cursor;
    return builder.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HistoryQuery query && service == query.service && Objects.equals(limit, query.limit)
        && Objects.equals(cursor, query.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, limit, cursor);
  }

  @Override
  public String toString() {
    return "HistoryQuery[service=" + (service == null ? "all" : service.id()) + ", limit="
        + (limit == null ? "default" : limit) + ", cursor=" + cursor + "]";
  }

  /** Builds a {@link HistoryQuery}. Not thread-safe. */
  public static final class Builder {
    private ServiceId service;
    private Integer limit;
    private String cursor;

    private Builder() {}

    /**
     * Lists one service's generations only.
     *
     * @param service a known service, or {@code null} for every service
     * @return this builder
     * @throws IllegalArgumentException for {@link ServiceId#UNKNOWN}
     */
    public Builder service(ServiceId service) {
      if (service == ServiceId.UNKNOWN) {
        throw new IllegalArgumentException("Filter the history by a known service, not UNKNOWN");
      }
      this.service = service;
      return this;
    }

    /**
     * Lists one service's generations only.
     *
     * @param definition the service, such as {@link ServiceDefinitions#COLD_DM}
     * @return this builder
     */
    public Builder service(ServiceDefinition<?, ?> definition) {
      return service(Objects.requireNonNull(definition, "definition").service());
    }

    /**
     * Sets the page size.
     *
     * @param limit 1 to {@value HistoryQuery#MAX_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder limit(int limit) {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ": " + limit);
      }
      this.limit = limit;
      return this;
    }

    /**
     * Starts at the next cursor of an earlier page of the same list.
     *
     * @param cursor the cursor, or {@code null} to start at the newest item
     * @return this builder
     */
    public Builder cursor(String cursor) {
      this.cursor = cursor == null || cursor.isBlank() ? null : cursor;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the immutable query
     */
    public HistoryQuery build() {
      return new HistoryQuery(this);
    }
  }
}
