package com.example.crm;

import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;

/** An integrator's own code, as it might sit in a CRM: one cold DM per lead, keyed by the lead's id. */
final class LeadMessenger {
  private final KonqerServices konqer;

  LeadMessenger(KonqerServices konqer) {
    this.konqer = konqer;
  }

  /** Writes the DM of a lead; asking twice for the same lead charges once. */
  Generation<ColdDmOutput> coldDm(String leadId, String name, String company) {
    return konqer.coldDm().generate(
        ColdDmInput.builder().prospectName(name).company(company).offer("Forecasts your team trusts").build(),
        RequestOptions.builder().idempotencyKey("lead-" + leadId).build());
  }
}
