package app.konqer.sdk.services;

/**
 * The typed result of one generation: one immutable record per service, such as
 * {@link app.konqer.sdk.services.colddm.ColdDmOutput}, returned inside a {@link Generation}.
 *
 * <p>Implementations carry jakarta.validation constraints that state what a valid result looks like. The server
 * treats model output as untrusted and validates it against them before it stores or returns anything. Members
 * marked {@link app.konqer.sdk.services.contract.ServerComputed} are set by the server, not by the model.
 */
public interface ServiceOutput {}
