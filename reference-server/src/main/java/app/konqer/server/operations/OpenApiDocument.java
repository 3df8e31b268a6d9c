package app.konqer.server.operations;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi.yaml}: the OpenAPI 3.1 contract of every route the server has. */
public final class OpenApiDocument {
  /** Where the document lives on the class path. */
  public static final String RESOURCE = "/app/konqer/server/operations/openapi.yaml";

  private final String yaml;

  private OpenApiDocument(String yaml) {
    this.yaml = yaml;
  }

  /**
   * Loads the document from the class path.
   *
   * @return the document
   */
  public static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return new OpenApiDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the YAML text */
  public String yaml() {
    return yaml;
  }

  /**
   * Serves the document.
   *
   * @param ctx the request
   */
  public void serve(Context ctx) {
    ctx.contentType("application/yaml; charset=utf-8").result(yaml);
  }
}
