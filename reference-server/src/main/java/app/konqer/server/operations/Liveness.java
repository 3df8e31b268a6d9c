package app.konqer.server.operations;

/**
 * The body of {@code GET /health/live}: the process answers HTTP, whatever the state of its database.
 *
 * @param status always {@code up}
 */
public record Liveness(String status) {
  /** The only answer. */
  public static final Liveness UP = new Liveness("up");
}
