package app.konqer.server.outage;

/**
 * One response the load received.
 *
 * @param phase when the request was sent
 * @param operation what it was
 * @param status the HTTP status, or 0 when no response came within the client's timeout
 * @param code the problem's code, or {@code null}
 * @param retryAfter the {@code Retry-After} header, or {@code null}
 * @param database the {@code database} member of a {@code /health} body, or {@code null}
 * @param millis how long the request took
 * @param generationId the id of an acknowledged generation, or {@code null}
 * @param idempotencyKey the key a generation was sent with, or {@code null}
 */
record Outcome(Phase phase, Operation operation, int status, String code, String retryAfter, String database,
    long millis, String generationId, String idempotencyKey) {

  /** When a request was sent. */
  enum Phase { BEFORE, OUTAGE, AFTER }

  /** What a request was. */
  enum Operation { GENERATE, ME, HEALTH }
}
