package app.konqer.sdk.testing;

/** A small request and response record for POST tests. */
public record Echo(String message, int count) {}
