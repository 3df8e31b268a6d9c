package app.konqer.server.history;

import app.konqer.sdk.services.HistoryItem;
import app.konqer.server.paging.Cursor;
import java.time.Instant;
import java.util.UUID;

/**
 * One {@code generations} row read for the history: its keyset position and the item it is served as.
 *
 * @param id the generation id
 * @param createdAt when it was stored
 * @param item the item, or {@code null} when the row belongs to a service this build does not know (a newer server
 *     sharing the database may have stored it); such a row still moves the cursor but is not served
 */
record HistoryRow(UUID id, Instant createdAt, HistoryItem item) {

  /** @return the row's position in the newest-first order */
  Cursor position() {
    return new Cursor(createdAt, id);
  }

  /** @return whether the row can be served */
  boolean served() {
    return item != null;
  }
}
