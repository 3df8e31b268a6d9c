package app.konqer.sdk.services;

/** The voice of generated copy, for the services that take a {@code tone}. */
public enum Tone {
  /** Warm and conversational, first names, no jargon. */
  FRIENDLY,
  /** Short sentences, straight to the point, one clear ask. */
  DIRECT,
  /** Polished and professional, as to a senior executive. */
  FORMAL,
  /** A tone this SDK version does not know; never sent. */
  UNKNOWN
}
