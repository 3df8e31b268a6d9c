package app.konqer.server.generation;

import app.konqer.sdk.model.ServiceId;
import java.time.Instant;
import java.util.UUID;

/**
 * A generation as {@code generations} keeps it.
 *
 * @param id the generation id
 * @param userId the owner
 * @param service the service
 * @param input the input, as canonical JSON
 * @param output the completed output, as JSON
 * @param model the model that wrote it
 * @param tokensUsed the tokens it took
 * @param personalizationScore the cold-dm score, or {@code null}
 * @param latencyMs how long generation took, enrichment and scoring included
 * @param createdAt when it was stored
 */
public record StoredGeneration(
    UUID id,
    UUID userId,
    ServiceId service,
    String input,
    String output,
    String model,
    int tokensUsed,
    Integer personalizationScore,
    int latencyMs,
    Instant createdAt) {}
