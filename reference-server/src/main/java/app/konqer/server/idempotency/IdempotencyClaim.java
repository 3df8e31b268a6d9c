package app.konqer.server.idempotency;

/**
 * What claiming an {@code Idempotency-Key} gave: the right to run the request ({@link Held}), or the stored
 * response of the request that already ran with it ({@link Replay}).
 */
public sealed interface IdempotencyClaim permits IdempotencyClaim.Held, IdempotencyClaim.Replay {

  /**
   * The first request with the key already completed: send its response again and do nothing else.
   *
   * @param response the stored response
   */
  record Replay(StoredResponse response) implements IdempotencyClaim {}

  /**
   * The request may run. It must end with {@link IdempotencyStore#complete} in the transaction that stores its
   * effects, or with {@link IdempotencyStore#release} when it fails, so that a retry can run again.
   *
   * @param key the claimed key with its owner, or {@code null} for a request sent without a key
   */
  record Held(ClaimedKey key) implements IdempotencyClaim {
    private static final Held UNKEYED = new Held(null);

    /** @return the claim of a request without a key: completing and releasing it do nothing */
    public static Held unkeyed() {
      return UNKEYED;
    }
  }
}
