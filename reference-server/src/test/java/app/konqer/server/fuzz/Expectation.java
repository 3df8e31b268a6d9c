package app.konqer.server.fuzz;

/** What the oracle demands of a fuzzed request's status, besides never a 5xx. */
enum Expectation {
  /** The request is invalid: any 2xx is a failure. */
  REJECT,
  /** The request is valid: a 2xx, or a refusal that the server's state explains (quota spent, already subscribed). */
  ACCEPT,
  /** The fuzzer cannot tell: the server decides, and its answer must still be well formed. */
  EITHER
}
