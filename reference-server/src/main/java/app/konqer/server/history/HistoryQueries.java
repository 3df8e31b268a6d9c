package app.konqer.server.history;

/**
 * The statements that read the {@code generations} table as a user's history, newest first by
 * {@code (created_at DESC, id DESC)}. Public so that tools (the history benchmark) explain exactly the statements the
 * server runs.
 *
 * <p>A page is one index range scan: the whole history reads {@code generations_user_history_idx}
 * {@code (user_id, created_at DESC, id DESC)}, one service's history reads
 * {@code generations_user_service_history_idx} {@code (user_id, service, created_at DESC, id DESC)}, and a cursor
 * continues with the row comparison {@code (created_at, id) < (?, ?)}, so no page sorts and none grows slower with
 * depth or with the size of the table.
 */
public final class HistoryQueries {
  private static final String COLUMNS =
      "SELECT id, service, created_at, input::text AS input, output::text AS output, model, tokens_used,"
          + " personalization_score FROM generations";
  private static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC LIMIT ?";
  private static final String AFTER = " AND (created_at, id) < (?, ?)";
  private static final String ONE_SERVICE = " AND service = ?";

  /** Every service's history, the first page. Parameters: user, fetch size. */
  public static final String ALL_FIRST = COLUMNS + " WHERE user_id = ?" + NEWEST_FIRST;
  /** Every service's history after a cursor. Parameters: user, created_at, id, fetch size. */
  public static final String ALL_AFTER = COLUMNS + " WHERE user_id = ?" + AFTER + NEWEST_FIRST;
  /** One service's history, the first page. Parameters: user, service, fetch size. */
  public static final String SERVICE_FIRST = COLUMNS + " WHERE user_id = ?" + ONE_SERVICE + NEWEST_FIRST;
  /** One service's history after a cursor. Parameters: user, service, created_at, id, fetch size. */
  public static final String SERVICE_AFTER = COLUMNS + " WHERE user_id = ?" + ONE_SERVICE + AFTER + NEWEST_FIRST;
  /** One generation of a user. Parameters: id, user. */
  public static final String ONE = COLUMNS + " WHERE id = ? AND user_id = ?";

  private HistoryQueries() {}
}
