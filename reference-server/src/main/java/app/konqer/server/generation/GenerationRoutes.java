package app.konqer.server.generation;

import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.CatalogEntry;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.ServiceUsage;
import app.konqer.server.auth.Caller;
import app.konqer.server.generation.catalog.ServiceCatalog;
import app.konqer.server.generation.catalog.ServiceRow;
import app.konqer.server.generation.rules.ContractCheck;
import app.konqer.server.http.ApiError;
import app.konqer.server.http.Bodies;
import app.konqer.server.idempotency.IdempotencyKeys;
import app.konqer.server.quota.DailyQuota;
import com.squareup.moshi.Types;
import io.javalin.http.Context;
import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;

/**
 * The services over HTTP: {@code POST /services/{service}/generate}, {@code GET /services} and
 * {@code GET /user/usage}.
 */
public final class GenerationRoutes {
  private static final Type CATALOG_PAGE = Types.newParameterizedType(Page.class, CatalogEntry.class);
  private static final Type USAGE_PAGE = Types.newParameterizedType(Page.class, ServiceUsage.class);

  private final ServiceCatalog catalog;
  private final GenerationService generation;
  private final GenerationRepository repository;
  private final DailyQuota quota;
  private final ContractCheck check;

  /**
   * Creates the routes.
   *
   * @param catalog the services the server runs
   * @param generation the pipeline
   * @param repository the service settings
   * @param quota the daily quota
   * @param check checks inputs against their services' rules
   */
  public GenerationRoutes(ServiceCatalog catalog, GenerationService generation, GenerationRepository repository,
      DailyQuota quota, ContractCheck check) {
    this.catalog = catalog;
    this.generation = generation;
    this.repository = repository;
    this.quota = quota;
    this.check = check;
  }

  /**
   * {@code POST /services/{service}/generate}: one generation, answered with its envelope; a retry with the same
   * {@code Idempotency-Key} and body gets the same response again, marked {@code Idempotent-Replayed: true}.
   *
   * @param ctx the request
   */
  public void generate(Context ctx) {
    String serviceId = ctx.pathParam("service");
    ServiceRow<?, ?> row = catalog.find(serviceId).orElseThrow(() -> GenerationErrors.unknownService(serviceId));
    generate(ctx, row);
  }

  private <I extends ServiceInput, O extends ServiceOutput> void generate(Context ctx, ServiceRow<I, O> row) {
    UUID userId = Caller.of(ctx).user().id();
    ServiceStatus status = repository.status(userId, row.definition().service());
    if (!status.enabled()) {
      throw GenerationErrors.disabled(row.id());
    }
    I input = Bodies.read(ctx, row.definition().inputType());
    List<FieldError> invalid = check.inputViolations(input, row.inputRules());
    if (!invalid.isEmpty()) {
      throw ApiError.validation(invalid);
    }
    GenerationService.Reply reply = generation.generate(row, userId, status, input, IdempotencyKeys.of(ctx));
    reply.response().writeTo(ctx, reply.replayed());
  }

  /**
   * {@code GET /services}: the catalog of services, from {@code service_configs}, in one page.
   *
   * @param ctx the request
   */
  public void catalog(Context ctx) {
    ctx.json(new Page<>(repository.catalog(), null), CATALOG_PAGE);
  }

  /**
   * {@code GET /user/usage}: the caller's use of each service today, in one page.
   *
   * @param ctx the request
   */
  public void usage(Context ctx) {
    ctx.json(new Page<>(quota.usage(Caller.of(ctx).user().id()), null), USAGE_PAGE);
  }
}
