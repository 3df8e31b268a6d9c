package app.konqer.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server with no Stripe key outside dev mode sells nothing, and says so. */
class BillingNotConfiguredTest {
  @RegisterExtension
  static final TestServer server = TestServer.api().billing(BillingSetup.off(null));

  @Test
  void checkoutAnswers503BillingNotConfigured() {
    for (String path : new String[] {"/checkout/session", "/checkout/founding"}) {
      Reply reply = server.http().send(server.http().request(path)
          .header("Authorization", "Bearer " + TestTokens.user("off-buyer"))
          .post(RequestBody.create("{\"plan\":\"founding\",\"success_url\":\"https://x.example/a\","
              + "\"cancel_url\":\"https://x.example/b\"}", MediaType.get("application/json"))));

      assertThat(reply.status()).as(path).isEqualTo(503);
      assertThat(reply.problem().code()).isEqualTo("billing_not_configured");
    }
  }

  @Test
  void webhooksAnswer503WithoutASecretAndTheDevCheckoutDoesNotExist() {
    Reply webhook = StripeEvents.post(server.http(), "{}", "t=1,v1=00");

    assertThat(webhook.status()).isEqualTo(503);
    assertThat(webhook.problem().code()).isEqualTo("billing_not_configured");
    assertThat(server.http().get("/checkout/dev/cs_dev_x").status()).isEqualTo(404);
  }

  @Test
  void thePlansAreStillListed() {
    assertThat(server.http().get("/billing/plans").status()).isEqualTo(200);
  }
}
