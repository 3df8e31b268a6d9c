package app.konqer.server.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A response as read off the socket.
 *
 * @param status the status code
 * @param headers the headers as name and value pairs, in order
 * @param body the body bytes
 */
record RawResponse(int status, List<String[]> headers, byte[] body) {

  /**
   * The first header of a name.
   *
   * @param name the name, in any case
   * @return its value, or {@code null}
   */
  String header(String name) {
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        return header[1];
      }
    }
    return null;
  }

  /** @return the media type without parameters, lower case, or {@code null} */
  String mediaType() {
    String type = header("Content-Type");
    return type == null ? null : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  /** @return whether the server closes the connection after this response */
  boolean closes() {
    String connection = header("Connection");
    return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
  }

  /** @return the body as UTF-8 text */
  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
