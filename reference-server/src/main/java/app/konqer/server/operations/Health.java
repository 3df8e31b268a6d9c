package app.konqer.server.operations;

/**
 * The body of {@code GET /health}.
 *
 * @param status {@code ok}, or {@code unavailable} when the server cannot serve requests
 * @param version the server's version
 * @param database {@code up} or {@code down}
 */
public record Health(String status, String version, String database) {}
