package app.konqer.examples.cli;

/**
 * The CLI's exit codes: one per class of error, so that scripts can branch on the cause.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>Code</th><th>Meaning</th></tr>
 *   <tr><td>0</td><td>success</td></tr>
 *   <tr><td>1</td><td>another API error: not found, conflict</td></tr>
 *   <tr><td>2</td><td>usage: a bad command line, or input the API refused (400, 422)</td></tr>
 *   <tr><td>3</td><td>auth: not logged in, or the token or client credentials were refused (401)</td></tr>
 *   <tr><td>4</td><td>locked: the service is locked for this account, or a plan is needed (402, 403)</td></tr>
 *   <tr><td>5</td><td>quota: the daily quota is used up, or the API keeps rate limiting (429)</td></tr>
 *   <tr><td>6</td><td>server: the API failed (5xx), or could not be reached in time</td></tr>
 * </table>
 */
public enum ExitCode {
  /** Success. */
  OK(0),
  /** Another API error: not found, conflict. */
  FAILURE(1),
  /** A bad command line, or input the API refused. */
  USAGE(2),
  /** Not logged in, or credentials refused. */
  AUTH(3),
  /** The service is locked for this account, or a plan is needed. */
  LOCKED(4),
  /** The daily quota is used up, or the API keeps rate limiting. */
  QUOTA(5),
  /** The API failed or could not be reached. */
  SERVER(6);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** @return the process exit status */
  public int code() {
    return code;
  }
}
