package app.konqer.server.paging;

import java.time.Instant;
import java.util.UUID;

/**
 * A position in a list ordered newest first by {@code (created_at DESC, id DESC)}: the last item of a page. The next
 * page holds the items strictly after it, so equal timestamps neither repeat nor go missing.
 *
 * @param createdAt the item's {@code created_at}, at PostgreSQL's microsecond precision
 * @param id the item's id, which breaks ties between equal timestamps
 */
public record Cursor(Instant createdAt, UUID id) {

  /** Requires both parts. */
  public Cursor {
    if (createdAt == null || id == null) {
      throw new IllegalArgumentException("A cursor needs created_at and id");
    }
  }
}
