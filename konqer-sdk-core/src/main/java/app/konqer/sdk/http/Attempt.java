package app.konqer.sdk.http;

/**
 * The number of a retry, attached as an OkHttp tag to the requests of second and later attempts so that the log
 * line can say which attempt it was. A first attempt carries no tag: OkHttp copies a request's tags each time an
 * interceptor rebuilds it, which the common path should not pay for.
 *
 * @param number the attempt, from 2
 */
record Attempt(int number) {

  /**
   * The attempt a request belongs to.
   *
   * @param request the request
   * @return its attempt number, 1 when untagged
   */
  static int of(okhttp3.Request request) {
    Attempt attempt = request.tag(Attempt.class);
    return attempt == null ? 1 : attempt.number();
  }
}
