/**
 * Cold DM Personalizer ({@code cold-dm}): writes a short LinkedIn direct message to one prospect that reads as
 * written for them alone, built on their company, role and recent activity, and scores how personal it is.
 *
 * <p>Send a {@link app.konqer.sdk.services.colddm.ColdDmInput}; the generation returns a
 * {@link app.konqer.sdk.services.colddm.ColdDmOutput}. When the server has an Apollo key it first enriches the
 * prospect with company size, tech stack and title;
 * {@link app.konqer.sdk.services.colddm.ColdDmOutput#enrichmentSources() enrichmentSources} says which sources were
 * really used.
 */
package app.konqer.sdk.services.colddm;
