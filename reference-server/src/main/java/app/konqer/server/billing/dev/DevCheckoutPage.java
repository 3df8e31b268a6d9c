package app.konqer.server.billing.dev;

import app.konqer.server.billing.PlanTerms;
import java.util.Locale;

/** The HTML of the dev checkout page: the plan, its price, a Confirm button and a way back. */
final class DevCheckoutPage {
  private static final String TEMPLATE = """
      <!doctype html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Konqer checkout (dev mode)</title>
      <style>
        body { font: 16px/1.5 system-ui, sans-serif; background: #f4f5f7; color: #1d2330; margin: 0; }
        main { max-width: 26rem; margin: 4rem auto; background: #fff; border-radius: 12px; padding: 2rem;
               box-shadow: 0 2px 12px rgba(0, 0, 0, .08); }
        .mode { font-size: .75rem; letter-spacing: .08em; text-transform: uppercase; color: #a15c00; }
        h1 { font-size: 1.4rem; margin: .25rem 0 1rem; }
        .price { font-size: 2rem; font-weight: 600; }
        .price small { font-size: 1rem; font-weight: 400; color: #5b6475; }
        button { width: 100%%; margin-top: 1.5rem; padding: .8rem; font-size: 1rem; border: 0; border-radius: 8px;
                 background: #3345d6; color: #fff; cursor: pointer; }
        a { display: block; text-align: center; margin-top: 1rem; color: #5b6475; }
        p.note { color: #5b6475; font-size: .875rem; }
      </style>
      </head>
      <body>
      <main>
        <div class="mode">Dev mode &middot; no card is charged</div>
        <h1>%s</h1>
        <div class="price">%s <small>/ %s</small></div>
        <p>%s</p>
        %s
        <a href="%s">Cancel and go back</a>
      </main>
      </body>
      </html>
      """;

  private DevCheckoutPage() {}

  static String render(DevCheckoutSession session, PlanTerms terms, String serviceName) {
    String grants = switch (terms.access()) {
      case SINGLE_SERVICE -> "Unlocks " + serviceName + ".";
      case ROLLING_UNLOCK -> "Unlocks 3 services today and the other 9 over the next 4 weeks.";
      default -> "Unlocks all 12 services today.";
    };
    String action = session.completedAt() != null
        ? "<p class=\"note\">This purchase is confirmed. <a href=\"" + escape(session.successUrl())
            + "\">Continue</a></p>"
        : "<form method=\"post\" action=\"" + DevBillingProvider.PAGE_PATH + escape(session.id())
            + "/confirm\"><button type=\"submit\">Confirm purchase</button></form>";
    return TEMPLATE.formatted(escape(terms.paymentDescription()), euros(terms.amountCents()),
        terms.interval().name().toLowerCase(Locale.ROOT), escape(grants), action, escape(session.cancelUrl()));
  }

  private static String euros(long cents) {
    return String.format(Locale.ROOT, "&euro;%,d.%02d", cents / 100, cents % 100);
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
