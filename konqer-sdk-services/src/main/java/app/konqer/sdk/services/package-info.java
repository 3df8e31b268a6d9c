/**
 * The twelve Konqer services: what {@code POST /services/{service}/generate} takes and returns, the catalog, usage
 * and generation history, and {@link app.konqer.sdk.services.KonqerServices}, the client's entry point to them.
 *
 * <pre>{@code
 * KonqerServices services = KonqerServices.of(client);
 * Generation<ColdDmOutput> dm = services.coldDm().generate(input);
 * AutoPager<HistoryItem> history = services.history().list(HistoryQuery.of(ServiceId.COLD_DM));
 * }</pre>
 *
 * <p>Each service has its own package holding an immutable input record (with a builder that asks for the required
 * members first) and an output record, for example {@link app.konqer.sdk.services.colddm.ColdDmInput} and
 * {@link app.konqer.sdk.services.colddm.ColdDmOutput}. {@link app.konqer.sdk.services.ServiceDefinitions} is the
 * table that ties each {@link app.konqer.sdk.model.ServiceId} to those two types, so code that serves or calls every
 * service reads one table instead of branching on the service.
 *
 * <p>The records are shared by the SDK and the reference server. Their component names become snake_case JSON
 * members through {@link app.konqer.sdk.json.KonqerJson}, and their jakarta.validation constraints are the rules
 * the server enforces: a request that breaks them is answered with 422 {@code validation_failed}, and model output
 * that breaks them is repaired once or refused with 502 {@code upstream_invalid_output}.
 */
package app.konqer.sdk.services;
