package app.konqer.server.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against its own {@link KonqerTestServer}, injected into any test method, lifecycle method or
 * constructor that declares a {@code KonqerTestServer} parameter. Faults and recorded requests are reset before
 * each test; nested classes share their outer class's server.
 *
 * <pre>{@code
 * @KonqerTest
 * class CrmSyncTest {
 *   @Test
 *   void syncsOneProspect(KonqerTestServer konqer) {
 *     TestUser dana = konqer.user("dana@example.com").plan(Plan.FOUNDING).create();
 *     new CrmSync(konqer.clientFor(dana)).run();
 *     assertThat(konqer.takeRequest().path()).isEqualTo("/services/cold-dm/generate");
 *   }
 * }
 * }</pre>
 *
 * <p>Use either this annotation or a {@code @RegisterExtension} field in one class, not both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KonqerTestExtension.class)
public @interface KonqerTest {}
