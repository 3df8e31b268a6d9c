package app.konqer.sdk.services;

import app.konqer.sdk.model.Quota;
import app.konqer.sdk.model.ServiceId;
import java.time.Instant;
import java.util.UUID;

/**
 * The response of {@code POST /services/{service}/generate}: one stored generation with its typed output and the
 * caller's quota after it.
 *
 * <p>A retry with the same {@code Idempotency-Key} returns the same envelope again, with the same {@code id}.
 *
 * @param id the generation id, also the id of its {@link HistoryItem}
 * @param service the service that generated it
 * @param createdAt when the generation was stored
 * @param output the service's typed output
 * @param model the model that wrote the output, such as {@code gpt-4o}, or {@code konqer-offline} for the offline
 *     generator
 * @param tokensUsed the model tokens consumed, prompt and completion together; 0 for the offline generator
 * @param personalizationScore for cold-dm, how personal the message is on the 0-100
 *     {@link app.konqer.sdk.services.contract.Score score} scale (the same value as the output's); {@code null} for
 *     every other service
 * @param quota the caller's daily quota for this service, counting this generation
 * @param <O> the service's output record type
 */
public record Generation<O extends ServiceOutput>(
    UUID id,
    ServiceId service,
    Instant createdAt,
    O output,
    String model,
    int tokensUsed,
    Integer personalizationScore,
    Quota quota) {}
