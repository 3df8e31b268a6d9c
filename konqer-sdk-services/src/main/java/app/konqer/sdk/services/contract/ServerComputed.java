package app.konqer.sdk.services.contract;

import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks an output member that the server fills in itself rather than asking the language model for it: a score it
 * computes deterministically, a classification it looks up, or enrichment it fetched.
 *
 * <p>The server leaves these members out of the structured-output schema it sends to the model and sets them after
 * generation, so they are {@code null} (or empty) in the model's raw output and always set in a response. Their
 * constraints still apply to the values the server sets.
 */
@Documented
@Target(RECORD_COMPONENT)
@Retention(RUNTIME)
public @interface ServerComputed {}
