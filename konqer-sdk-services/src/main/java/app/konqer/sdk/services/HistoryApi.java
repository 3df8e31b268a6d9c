package app.konqer.sdk.services;

import app.konqer.sdk.ApiRequest;
import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.HttpMethod;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.paging.AutoPager;
import app.konqer.sdk.paging.Page;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The signed-in user's generation history: {@code GET /user/history} and {@code GET /user/history/{id}}. Obtain it
 * from {@link KonqerServices#history()}. Thread-safe.
 *
 * <pre>{@code
 * for (HistoryItem item : services.history().list(HistoryQuery.of(ServiceId.COLD_DM))) {
 *   ColdDmOutput dm = item.outputAs(ServiceDefinitions.COLD_DM).orElseThrow();
 *   if (item.createdAt().isBefore(lastSync)) break; // older pages are never fetched
 *   crm.attachMessage(dm.message());
 * }
 * }</pre>
 *
 * <p>The history is newest first and keyset paged: a page ends with an opaque cursor to the next, so items stored
 * while you page neither repeat nor shift the pages. {@link #list(HistoryQuery)} walks every page lazily;
 * {@link #page(HistoryQuery)} fetches one, for callers that keep the cursor themselves. Each item's input and output
 * decode to the records of its service (see {@link HistoryItem}).
 *
 * <p>{@link #get(UUID)} reads one generation. A generation of another user is answered exactly like a missing one,
 * with {@link app.konqer.sdk.error.NotFoundException}. A bad {@code cursor} is a
 * {@link app.konqer.sdk.error.BadRequestException} with code {@code invalid_cursor}.
 */
public final class HistoryApi {
  private static final String LIST = "/user/history";
  private static final String ONE = "/user/history/{id}";
  private static final Type HISTORY_PAGE = Types.newParameterizedType(Page.class, HistoryItem.class);

  private final KonqerClient client;

  /**
   * Creates the API on a client. Applications call {@link KonqerServices#history()} instead.
   *
   * @param client the client to send with
   */
  public HistoryApi(KonqerClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * The whole history, newest first, fetched page by page as the caller iterates.
   *
   * @return a lazy pager; iterating it again starts again from the newest item
   */
  public AutoPager<HistoryItem> list() {
    return list(HistoryQuery.all(), RequestOptions.none());
  }

  /**
   * The history a query selects, newest first, fetched page by page as the caller iterates.
   *
   * @param query the service filter, page size and starting cursor
   * @return a lazy pager; iterating it again starts again from the query's cursor
   */
  public AutoPager<HistoryItem> list(HistoryQuery query) {
    return list(query, RequestOptions.none());
  }

  /**
   * The history a query selects, newest first, fetched page by page as the caller iterates.
   *
   * @param query the service filter, page size and starting cursor
   * @param options per-call options, applied to the request of every page
   * @return a lazy pager; iterating it again starts again from the query's cursor
   */
  public AutoPager<HistoryItem> list(HistoryQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    String start = query.cursor().orElse(null);
    return AutoPager.of(cursor -> page(query.at(cursor == null ? start : cursor), options));
  }

  /**
   * One page of the history.
   *
   * @param query the service filter, page size and cursor
   * @return the page, with the cursor of the next one unless it is the last
   */
  public Page<HistoryItem> page(HistoryQuery query) {
    return client.execute(pageRequest(query, RequestOptions.none()));
  }

  /**
   * One page of the history.
   *
   * @param query the service filter, page size and cursor
   * @param options per-call options
   * @return the page
   */
  public Page<HistoryItem> page(HistoryQuery query, RequestOptions options) {
    return client.execute(pageRequest(query, options));
  }

  /**
   * One page of the history, without blocking.
   *
   * @param query the service filter, page size and cursor
   * @return the page, when it arrives
   */
  public CompletableFuture<Page<HistoryItem>> pageAsync(HistoryQuery query) {
    return client.executeAsync(pageRequest(query, RequestOptions.none()));
  }

  /**
   * One page of the history, without blocking.
   *
   * @param query the service filter, page size and cursor
   * @param options per-call options
   * @return the page, when it arrives
   */
  public CompletableFuture<Page<HistoryItem>> pageAsync(HistoryQuery query, RequestOptions options) {
    return client.executeAsync(pageRequest(query, options));
  }

  /**
   * One page of the history, with the response metadata.
   *
   * @param query the service filter, page size and cursor
   * @param options per-call options
   * @return the page and the metadata
   */
  public ApiResponse<Page<HistoryItem>> pageWithResponse(HistoryQuery query, RequestOptions options) {
    return client.executeWithResponse(pageRequest(query, options));
  }

  /**
   * One page of the history, with the response metadata, without blocking.
   *
   * @param query the service filter, page size and cursor
   * @param options per-call options
   * @return the page and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<Page<HistoryItem>>> pageWithResponseAsync(
      HistoryQuery query, RequestOptions options) {
    return client.executeWithResponseAsync(pageRequest(query, options));
  }

  /**
   * One generation of the signed-in user.
   *
   * @param id the generation id, as {@link Generation#id()} or {@link HistoryItem#id()} returned it
   * @return the generation
   * @throws app.konqer.sdk.error.NotFoundException when the user has no generation with this id
   */
  public HistoryItem get(UUID id) {
    return client.execute(getRequest(id, RequestOptions.none()));
  }

  /**
   * One generation of the signed-in user.
   *
   * @param id the generation id
   * @param options per-call options
   * @return the generation
   * @throws app.konqer.sdk.error.NotFoundException when the user has no generation with this id
   */
  public HistoryItem get(UUID id, RequestOptions options) {
    return client.execute(getRequest(id, options));
  }

  /**
   * One generation of the signed-in user, without blocking.
   *
   * @param id the generation id
   * @return the generation, when it arrives; the future fails with a
   *     {@link app.konqer.sdk.error.NotFoundException} when the user has no generation with this id
   */
  public CompletableFuture<HistoryItem> getAsync(UUID id) {
    return client.executeAsync(getRequest(id, RequestOptions.none()));
  }

  /**
   * One generation of the signed-in user, without blocking.
   *
   * @param id the generation id
   * @param options per-call options
   * @return the generation, when it arrives
   */
  public CompletableFuture<HistoryItem> getAsync(UUID id, RequestOptions options) {
    return client.executeAsync(getRequest(id, options));
  }

  /**
   * One generation of the signed-in user, with the response metadata.
   *
   * @param id the generation id
   * @param options per-call options
   * @return the generation and the metadata
   */
  public ApiResponse<HistoryItem> getWithResponse(UUID id, RequestOptions options) {
    return client.executeWithResponse(getRequest(id, options));
  }

  /**
   * One generation of the signed-in user, with the response metadata, without blocking.
   *
   * @param id the generation id
   * @param options per-call options
   * @return the generation and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<HistoryItem>> getWithResponseAsync(UUID id, RequestOptions options) {
    return client.executeWithResponseAsync(getRequest(id, options));
  }

  private static ApiRequest<Page<HistoryItem>> pageRequest(HistoryQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    return ApiRequest.<Page<HistoryItem>>builder(HttpMethod.GET, LIST, HISTORY_PAGE)
        .queryParam("service", query.service().orElse(null))
        .queryParam("limit", query.limit().isPresent() ? query.limit().getAsInt() : null)
        .queryParam("cursor", query.cursor().orElse(null))
        .options(options)
        .build();
  }

  private static ApiRequest<HistoryItem> getRequest(UUID id, RequestOptions options) {
    Objects.requireNonNull(id, "id");
    return ApiRequest.get(ONE, HistoryItem.class)
        .pathParam("id", id)
        .options(options)
        .build();
  }
}
