package app.konqer.sdk.paging;

import app.konqer.sdk.error.KonqerException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a keyset-paged list item by item, fetching each page only when the caller reaches it. Iterating again
 * starts again from the first page.
 *
 * <pre>{@code
 * Type paymentPage = Types.newParameterizedType(Page.class, Payment.class);
 * AutoPager<Payment> payments = AutoPager.of(cursor -> client.execute(
 *     ApiRequest.<Page<Payment>>builder(HttpMethod.GET, "/billing/payments", paymentPage)
 *         .queryParam("cursor", cursor)
 *         .build()));
 * for (Payment payment : payments) {
 *   if (payment.createdAt().isBefore(cutoff)) break; // later pages are never fetched
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Function<String, Page<T>> fetch;

  private AutoPager(Function<String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /**
   * A pager over the pages {@code fetch} returns.
   *
   * @param fetch fetches the page at a cursor: {@code null} for the first page, then each page's
   *     {@link Page#nextCursor()}
   * @param <T> the item type
   * @return the pager
   */
  public static <T> AutoPager<T> of(Function<String, Page<T>> fetch) {
    return new AutoPager<>(Objects.requireNonNull(fetch, "fetch"));
  }

  /**
   * The items, in order. Each {@code hasNext()} that crosses a page boundary fetches one page.
   *
   * @return a new iterator, starting at the first page
   */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  /**
   * The items as a sequential, lazy stream. A short-circuiting operation such as {@code limit} or {@code findFirst}
   * fetches only the pages it needs.
   *
   * @return a new stream, starting at the first page
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * The pages themselves, fetched lazily, for callers that work a page at a time.
   *
   * @return an iterable whose iterators start at the first page
   */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private String cursor;
    private boolean started;
    private boolean finished;

    @Override
    public boolean hasNext() {
      return !finished;
    }

    @Override
    public Page<T> next() {
      if (finished) {
        throw new NoSuchElementException();
      }
      String requested = started ? cursor : null;
      Page<T> page = Objects.requireNonNull(fetch.apply(requested), "fetch returned no page");
      started = true;
      if (page.hasNext() && page.nextCursor().equals(requested)) {
        throw new KonqerException("The server returned cursor " + requested + " again; stopping to avoid a loop");
      }
      cursor = page.nextCursor();
      finished = !page.hasNext();
      return page;
    }
  }

  private final class ItemIterator implements Iterator<T> {
    private final PageIterator pages = new PageIterator();
    private Iterator<T> items = Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      while (!items.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        items = pages.next().data().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }
  }
}
