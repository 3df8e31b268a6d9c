package app.konqer.server.paging;

import app.konqer.sdk.paging.Page;
import app.konqer.server.http.ApiError;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Keyset paging of one list ordered newest first, over {@code ?limit=&cursor=}. A handler reads the request, fetches
 * {@link PageRequest#fetchSize()} rows, and turns them into the page:
 *
 * <pre>{@code
 * PageRequest request = history.request(ctx);
 * // WHERE user_id = ? [AND (created_at, id) < (?, ?)] ORDER BY created_at DESC, id DESC LIMIT ?
 * List<Item> rows = repository.list(userId, request.after(), request.fetchSize());
 * ctx.json(history.page(rows, request, item -> new Cursor(item.createdAt(), item.id())), type);
 * }</pre>
 *
 * <p>The row comparison {@code (created_at, id) < (?, ?)} is served by an index on
 * {@code (owner, created_at DESC, id DESC)}.
 */
public final class Keyset {
  /** The page size when the client names none. */
  public static final int DEFAULT_LIMIT = 20;
  /** The largest page size. */
  public static final int MAX_LIMIT = 100;

  /** A limit is written in ASCII digits: {@code Integer.parseInt} alone would take {@code +5} or a fullwidth 5. */
  private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]{1,9}");

  private final CursorCodec codec;

  /**
   * Creates the paging of one list.
   *
   * @param list the list's name, such as {@code history}
   */
  public Keyset(String list) {
    this.codec = new CursorCodec(list);
  }

  /**
   * Reads {@code limit} and {@code cursor} from the query string.
   *
   * @param ctx the request
   * @return the requested page
   * @throws ApiError 400 {@code invalid_limit} or {@code invalid_cursor}
   */
  public PageRequest request(Context ctx) {
    return request(ctx.queryParam("limit"), ctx.queryParam("cursor"));
  }

  /**
   * Parses a page request.
   *
   * @param limit the {@code limit} parameter, or {@code null}
   * @param cursor the {@code cursor} parameter, or {@code null}
   * @return the requested page
   * @throws ApiError 400 {@code invalid_limit} or {@code invalid_cursor}
   */
  public PageRequest request(String limit, String cursor) {
    return new PageRequest(limit(limit), cursor == null || cursor.isBlank() ? null : codec.decode(cursor.strip()));
  }

  /**
   * The page made of fetched rows, with the cursor of its last item when more rows follow.
   *
   * @param fetched up to {@link PageRequest#fetchSize()} rows, in list order
   * @param request the page request
   * @param position the keyset position of an item
   * @param <T> the item type
   * @return the page
   */
  public <T> Page<T> page(List<T> fetched, PageRequest request, Function<T, Cursor> position) {
    if (fetched.size() <= request.limit()) {
      return new Page<>(fetched, null);
    }
    List<T> items = fetched.subList(0, request.limit());
    return new Page<>(items, codec.encode(position.apply(items.get(items.size() - 1))));
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    String digits = text.strip();
    if (ASCII_DIGITS.matcher(digits).matches()) {
      int limit = Integer.parseInt(digits);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    }
    throw new ApiError(400, "invalid_limit", "Invalid limit", "limit must be an integer from 1 to " + MAX_LIMIT);
  }
}
