package app.konqer.examples.snippet;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.error.RateLimitException;
import app.konqer.sdk.error.ServiceLockedException;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.HistoryQuery;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import java.io.PrintStream;
import java.util.Map;

/**
 * The README's integration snippet, compiled and run by the test suite: a client from the environment, one cold DM
 * keyed by the CRM's lead id, the last few generations, and the two refusals an integration must handle.
 *
 * <pre>
 * KONQER_BASE_URL=http://localhost:4000 KONQER_API_TOKEN=... java -cp examples/target/konqer.jar \
 *     app.konqer.examples.snippet.FirstGeneration lead-42
 * </pre>
 */
public final class FirstGeneration {
  private FirstGeneration() {}

  /**
   * Writes one cold DM for a lead.
   *
   * @param args the lead's id
   */
  public static void main(String[] args) {
    run(System.getenv(), args.length > 0 ? args[0] : "lead-42", System.out);
  }

  static void run(Map<String, String> env, String leadId, PrintStream out) {
    try (KonqerClient client = KonqerClient.fromEnv(env)) {              // KONQER_BASE_URL, KONQER_API_TOKEN
      KonqerServices konqer = KonqerServices.of(client);
      Generation<ColdDmOutput> dm = konqer.coldDm().generate(
          ColdDmInput.builder().prospectName("Dana Whitfield").company("Northwind Logistics")
              .offer("Route planning that cuts empty miles by 18%").build(),
          RequestOptions.builder().idempotencyKey("dm-" + leadId).build()); // a retry never charges twice
      out.println(dm.personalizationScore() + "/100: " + dm.output().message());
      konqer.history().list(HistoryQuery.of(ServiceId.COLD_DM)).stream().limit(5)
          .forEach(item -> out.println(item.createdAt() + " " + item.id()));
    } catch (ServiceLockedException e) {                                  // 403: not in the plan (yet)
      out.println("Locked: " + e.detail() + e.unlocksAt().map(at -> "; unlocks " + at).orElse(""));
    } catch (RateLimitException e) {                                      // 429: today's quota is used up
      out.println("Quota used up; try again in " + e.retryAfter().orElse(null));
    }
  }
}
