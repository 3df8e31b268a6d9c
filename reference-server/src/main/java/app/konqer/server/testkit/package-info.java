/**
 * The Konqer test kit: the real reference server in a test's JVM, for integrators who test their own code against
 * Konqer without a network.
 *
 * <p>Add one test-scoped dependency, {@code app.konqer:reference-server}, and register
 * {@link app.konqer.server.testkit.KonqerTestServer} as a JUnit 5 extension (or annotate the class with
 * {@link app.konqer.server.testkit.KonqerTest}). The server runs the production API on an embedded PostgreSQL with
 * the offline generator and dev-mode tokens; the test mints users with the plans, access and quota it needs,
 * switches faults on (failures with {@code Retry-After}, latency, locked services, exhausted quota), and asserts the
 * requests its code sent.
 */
package app.konqer.server.testkit;
