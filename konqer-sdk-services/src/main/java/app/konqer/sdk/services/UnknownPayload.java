package app.konqer.sdk.services;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input or output of a history item whose service this SDK version does not know, kept as the JSON object it
 * was sent as so that nothing is lost.
 *
 * <p>A newer server may offer services this SDK has no records for. Their history items still decode: the
 * {@link HistoryItem#service() service} is {@link app.konqer.sdk.model.ServiceId#UNKNOWN} and the input and output
 * are instances of this record. Upgrade the SDK to get typed records.
 *
 * @param json the members of the JSON object, as Moshi reads untyped JSON: nested objects are maps, arrays are lists,
 *     numbers are {@link Double}s
 */
public record UnknownPayload(Map<String, Object> json) implements ServiceInput, ServiceOutput {

  /** Copies the members into an unmodifiable map that keeps their order; a missing map becomes empty. */
  public UnknownPayload {
    json = json == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(json));
  }
}
