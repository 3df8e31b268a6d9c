package app.konqer.server.history;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.auth.Caller;
import app.konqer.server.db.Database;
import app.konqer.server.http.ApiError;
import app.konqer.server.http.HttpErrors;
import app.konqer.server.paging.Keyset;
import app.konqer.server.paging.PageRequest;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.javalin.http.Context;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in user's generation history: {@code GET /user/history} and {@code GET /user/history/{id}}.
 *
 * <p>The list is newest first and keyset paged ({@code limit} 1 to 100, default 20; {@code cursor} from the last
 * page). Each list has cursors of its own: the whole history, and each service's ({@code ?service=cold-dm}). A
 * cursor handed to another list than the one that returned it is refused with 400 {@code invalid_cursor}, so a
 * client that mixes up its cursors learns so instead of paging on from an unrelated point. A {@code service} that
 * names none of the twelve is 400
 * {@code invalid_service}; an empty one lists every service. A generation of a service this build does not know
 * (stored by a newer server on the same database) is left out, so such a page may hold fewer items than the limit
 * while a cursor still leads on.
 *
 * <p>One generation is found only among the caller's own: another user's id, an unknown id and a text that is no
 * UUID all answer the same 404 {@code not_found}, so the route tells nothing about generations that are not the
 * caller's.
 */
public final class HistoryRoutes {
  private static final Type ITEM_PAGE = Types.newParameterizedType(Page.class, HistoryItem.class);
  private static final String VALID_SERVICES = ServiceDefinitions.all().stream()
      .map(definition -> definition.service().id()).collect(Collectors.joining(", "));

  private final HistoryRepository repository;
  private final Keyset everyService = new Keyset("history");
  private final Map<ServiceId, Keyset> oneService = keysetsByService();

  /**
   * Creates the routes.
   *
   * @param database the database holding the generations
   * @param moshi the SDK's JSON configuration, to read the stored inputs and outputs
   */
  public HistoryRoutes(Database database, Moshi moshi) {
    this.repository = new HistoryRepository(database, moshi);
  }

  /**
   * {@code GET /user/history?service=&limit=&cursor=}: one page of the caller's generations, newest first.
   *
   * @param ctx the request
   */
  public void list(Context ctx) {
    ServiceId service = serviceFilter(ctx.queryParam("service"));
    Keyset keyset = service == null ? everyService : oneService.get(service);
    PageRequest request = keyset.request(ctx);
    Page<HistoryRow> rows = keyset.page(repository.page(Caller.of(ctx).user().id(), service, request), request,
        HistoryRow::position);
    List<HistoryItem> items = rows.data().stream().filter(HistoryRow::served).map(HistoryRow::item).toList();
    ctx.json(new Page<>(items, rows.nextCursor()), ITEM_PAGE);
  }

  /**
   * {@code GET /user/history/{id}}: one of the caller's generations.
   *
   * @param ctx the request
   */
  public void get(Context ctx) {
    UUID userId = Caller.of(ctx).user().id();
    HistoryItem item = parseId(ctx.pathParam("id"))
        .flatMap(id -> repository.find(userId, id))
        .orElseThrow(HistoryRoutes::notFound);
    ctx.json(item);
  }

  private static ServiceId serviceFilter(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return ServiceId.fromId(text.strip()).orElseThrow(() -> new ApiError(400, "invalid_service",
        "Invalid service", "service must be one of: " + VALID_SERVICES));
  }

  /** Only the canonical form names a generation; anything else names none of the caller's. */
  private static Optional<UUID> parseId(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ApiError notFound() {
    return HttpErrors.notFound("You have no generation with this id");
  }

  private static Map<ServiceId, Keyset> keysetsByService() {
    Map<ServiceId, Keyset> keysets = new EnumMap<>(ServiceId.class);
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      keysets.put(definition.service(), new Keyset("history:" + definition.service().id()));
    }
    return Collections.unmodifiableMap(keysets);
  }
}
