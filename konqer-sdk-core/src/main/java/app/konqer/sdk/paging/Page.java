package app.konqer.sdk.paging;

import java.util.List;

/**
 * One page of a keyset-paged list.
 *
 * @param data the items of this page, newest first
 * @param nextCursor an opaque cursor for the next page, or {@code null} on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> data, String nextCursor) {

  /** Normalises a missing item list to an empty one. */
  public Page {
    data = data == null ? List.of() : List.copyOf(data);
  }

  /**
   * Whether another page follows this one.
   *
   * @return {@code true} when {@link #nextCursor()} is set
   */
  public boolean hasNext() {
    return nextCursor != null && !nextCursor.isEmpty();
  }
}
