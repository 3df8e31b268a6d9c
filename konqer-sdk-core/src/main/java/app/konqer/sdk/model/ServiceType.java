package app.konqer.sdk.model;

import com.squareup.moshi.Json;

/** The product line a service belongs to. */
public enum ServiceType {
  /** Blue: prospecting and content services. */
  @Json(name = "Blue") BLUE,
  /** Red: email services. */
  @Json(name = "Red") RED,
  /** Core: founder services. */
  @Json(name = "Core") CORE,
  /** A type this SDK version does not know. */
  UNKNOWN
}
