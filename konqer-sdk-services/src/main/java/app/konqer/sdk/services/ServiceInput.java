package app.konqer.sdk.services;

/**
 * The typed body of {@code POST /services/{service}/generate}: one immutable record per service, such as
 * {@link app.konqer.sdk.services.colddm.ColdDmInput}.
 *
 * <p>Implementations carry jakarta.validation constraints that state the contract; the server answers a body that
 * breaks them with 422 {@code validation_failed} and one field error per violation. {@link ServiceDefinitions} maps
 * each service to its input type.
 */
public interface ServiceInput {}
