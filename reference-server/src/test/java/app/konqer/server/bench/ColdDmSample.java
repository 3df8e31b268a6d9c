package app.konqer.server.bench;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.colddm.ColdDmInput;
import java.util.List;

/** The cold-dm request the benchmarks send, and a model answer that passes its contract. */
final class ColdDmSample {
  private ColdDmSample() {}

  /** The request body of {@code POST /services/cold-dm/generate}. */
  static String input() {
    return KonqerJson.create().adapter(ColdDmInput.class).toJson(ColdDmInput.builder()
        .prospectName("Dana Whitfield")
        .company("Northwind Logistics")
        .offer("Route planning that cuts empty miles by 18% for regional fleets")
        .role("VP Operations")
        .tone(Tone.DIRECT)
        .recentActivity(List.of("Posted about rising diesel costs"))
        .build());
  }

  /** A Chat Completions response whose message is a cold DM for {@link #input()}. */
  static String completion() {
    String message = "Dana, Northwind Logistics is growing fast. " + "We help fleets plan routes well. ".repeat(20);
    String content = "{\"message\":\"" + message + "\",\"personalization_score\":3,\"enrichment_sources\":[]}";
    return "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1767225600,"
        + "\"model\":\"gpt-4o-2024-08-06\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
        + "\"content\":" + quoted(content) + ",\"refusal\":null},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":30,\"total_tokens\":150}}";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
