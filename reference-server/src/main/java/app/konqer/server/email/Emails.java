package app.konqer.server.email;

/** Every e-mail Konqer sends, worded once. Names may be null; the greeting then goes without one. */
public final class Emails {
  /** {@link EmailMessage#kind()} of the e-mail sent on purchase. */
  public static final String WELCOME = "welcome";
  /** {@link EmailMessage#kind()} of the e-mail sent when a scheduled service unlocks. */
  public static final String SERVICE_UNLOCKED = "service_unlocked";
  /** {@link EmailMessage#kind()} of the e-mail proposing the complement of a service just bought. */
  public static final String CROSS_SELL = "cross_sell";
  /** {@link EmailMessage#kind()} of the e-mail proposing the bundle to the owner of several single services. */
  public static final String BUNDLE_OFFER = "bundle_offer";

  private static final String SIGNATURE = "\n\nThe Konqer team\n";

  private Emails() {}

  /**
   * The welcome e-mail.
   *
   * @param to the recipient
   * @param name the recipient's name, or {@code null}
   * @param planName the plan bought, such as {@code Founding member (yearly)}
   * @param granted what the plan grants, in words
   * @return the e-mail
   */
  public static EmailMessage welcome(String to, String name, String planName, String granted) {
    return new EmailMessage(WELCOME, to, "Welcome to Konqer",
        greeting(name) + "thank you for subscribing to " + planName + ".\n\n" + granted + SIGNATURE);
  }

  /**
   * The e-mail announcing that a scheduled service has unlocked.
   *
   * @param to the recipient
   * @param name the recipient's name, or {@code null}
   * @param serviceName the service, such as {@code AI Cold Email Writer}
   * @return the e-mail
   */
  public static EmailMessage serviceUnlocked(String to, String name, String serviceName) {
    return new EmailMessage(SERVICE_UNLOCKED, to, serviceName + " is unlocked",
        greeting(name) + serviceName + " is now unlocked on your founding membership. You can use it right away."
            + SIGNATURE);
  }

  /**
   * The e-mail proposing the complement of a service just bought.
   *
   * @param to the recipient
   * @param name the recipient's name, or {@code null}
   * @param boughtName the service bought
   * @param complementName the service proposed
   * @return the e-mail
   */
  public static EmailMessage crossSell(String to, String name, String boughtName, String complementName) {
    return new EmailMessage(CROSS_SELL, to, "Pair " + boughtName + " with " + complementName,
        greeting(name) + "teams who use " + boughtName + " get the most out of it together with " + complementName
            + ". Add it for 99 EUR a month, or take all 12 services for 399 EUR a month." + SIGNATURE);
  }

  /**
   * The e-mail proposing the bundle to the owner of several single services.
   *
   * @param to the recipient
   * @param name the recipient's name, or {@code null}
   * @param singles how many single services the recipient pays for
   * @return the e-mail
   */
  public static EmailMessage bundleOffer(String to, String name, int singles) {
    return new EmailMessage(BUNDLE_OFFER, to, "All 12 Konqer services for 399 EUR a month",
        greeting(name) + "you now pay for " + singles + " Konqer services one by one. The bundle gives you all 12 for "
            + "399 EUR a month, or 3,990 EUR a year." + SIGNATURE);
  }

  private static String greeting(String name) {
    return name == null || name.isBlank() ? "Hello,\n\n" : "Hello " + name.strip() + ",\n\n";
  }
}
