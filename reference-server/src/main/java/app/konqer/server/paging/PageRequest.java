package app.konqer.server.paging;

/**
 * What page of a keyset-paged list the client asked for.
 *
 * @param limit how many items, 1 to {@link Keyset#MAX_LIMIT}
 * @param after the position to continue after, or {@code null} for the first page
 */
public record PageRequest(int limit, Cursor after) {

  /** @return how many rows to fetch: one more than the limit, to learn whether another page follows */
  public int fetchSize() {
    return limit + 1;
  }
}
