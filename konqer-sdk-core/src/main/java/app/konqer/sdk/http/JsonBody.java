package app.konqer.sdk.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body, serialized once per logical call and written again on each attempt. A body sent without an
 * idempotency key is one-shot, which also stops OkHttp from replaying it on a failed connection.
 */
final class JsonBody extends RequestBody {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final byte[] EMPTY = new byte[0];

  private final byte[] json;
  private final boolean oneShot;

  JsonBody(byte[] json, boolean oneShot) {
    this.json = json;
    this.oneShot = oneShot;
  }

  static JsonBody empty() {
    return new JsonBody(EMPTY, false);
  }

  @Override
  public MediaType contentType() {
    return json.length == 0 ? null : JSON;
  }

  @Override
  public long contentLength() {
    return json.length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(json);
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }
}
