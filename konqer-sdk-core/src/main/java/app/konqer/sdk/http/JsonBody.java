package app.konqer.sdk.http;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/**
 * A JSON request body, serialized once per logical call and written again on each attempt without copying bytes
 * (okio shares the buffer's segments). A body sent without an idempotency key is one-shot, which also stops OkHttp
 * from replaying it on a failed connection.
 */
final class JsonBody extends RequestBody {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final Buffer json;
  private final boolean oneShot;

  JsonBody(Buffer json, boolean oneShot) {
    this.json = json;
    this.oneShot = oneShot;
  }

  @Override
  public MediaType contentType() {
    return json.size() == 0 ? null : JSON;
  }

  @Override
  public long contentLength() {
    return json.size();
  }

  @Override
  public void writeTo(BufferedSink sink) throws java.io.IOException {
    sink.write(json.copy(), json.size());
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }
}
