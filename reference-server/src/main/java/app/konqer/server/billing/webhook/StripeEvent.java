package app.konqer.server.billing.webhook;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.http.HttpErrors;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;

/**
 * A verified Stripe event.
 *
 * @param id the event id, {@code evt_...}
 * @param type the event type, such as {@code checkout.session.completed}
 * @param created when Stripe created it; orders updates of one subscription
 * @param objectJson the JSON of the event's {@code data.object}
 */
public record StripeEvent(String id, String type, Instant created, String objectJson) {
  private static final Moshi MOSHI = KonqerJson.create();

  /**
   * Reads the event's object.
   *
   * @param type the object's record type, such as {@link StripeSubscription}
   * @param <T> the type
   * @return the object
   * @throws app.konqer.server.http.ApiError 400 when the object cannot be read as that type
   */
  public <T> T object(Class<T> type) {
    JsonAdapter<T> adapter = MOSHI.adapter(type);
    try {
      T value = adapter.fromJson(objectJson);
      if (value == null) {
        throw new JsonDataException("null");
      }
      return value;
    } catch (IOException | JsonDataException e) {
      throw HttpErrors.badRequest("The " + this.type + " event " + id + " holds no readable object: "
          + e.getMessage());
    }
  }
}
