package app.konqer.server.testing;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import app.konqer.sdk.services.objection.ObjectionType;
import app.konqer.sdk.services.objection.ResponseStructure;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.generation.offline.OfflineGenerator;
import com.squareup.moshi.Moshi;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;

/**
 * Stores {@code generations} rows directly, as the generation pipeline would: the sample input of a service and
 * the offline generator's output for it, as JSON in the {@code input} and {@code output} columns.
 */
public final class GenerationRows {
  private static final Moshi MOSHI = KonqerJson.create();
  private static final OfflineGenerator OFFLINE = OfflineGenerator.standard();

  private final Database database;

  /**
   * Creates the helper.
   *
   * @param database the server's database
   */
  public GenerationRows(Database database) {
    this.database = database;
  }

  /**
   * Stores a generation of a service, from its sample input.
   *
   * @param userId the owner
   * @param definition the service
   * @param createdAt when it was stored, at microsecond precision
   * @return the generation's id
   */
  public UUID insert(UUID userId, ServiceDefinition<?, ?> definition, Instant createdAt) {
    ServiceOutput output = output(definition);
    Integer score = output instanceof ColdDmOutput dm ? dm.personalizationScore() : null;
    return insertJson(userId, definition.service(), json(definition.inputType(), SampleInputs.of(definition)),
        json(definition.outputType(), output), score, createdAt);
  }

  /**
   * Stores a generation with the given JSON, such as a payload of an earlier contract.
   *
   * @param userId the owner
   * @param service the service
   * @param input the input JSON
   * @param output the output JSON
   * @param personalizationScore the score column, or {@code null}
   * @param createdAt when it was stored
   * @return the generation's id
   */
  public UUID insertJson(UUID userId, ServiceId service, String input, String output, Integer personalizationScore,
      Instant createdAt) {
    return database.query(c -> {
      try (PreparedStatement insert = c.prepareStatement("""
          INSERT INTO generations (user_id, service, input, output, model, tokens_used, personalization_score,
            latency_ms, created_at)
          VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, 12, ?) RETURNING id""")) {
        insert.setObject(1, userId);
        insert.setString(2, service.id());
        insert.setString(3, input);
        insert.setString(4, output);
        insert.setString(5, OfflineGenerator.MODEL);
        insert.setInt(6, 312);
        insert.setObject(7, personalizationScore);
        Rows.setInstant(insert, 8, createdAt);
        try (ResultSet row = insert.executeQuery()) {
          row.next();
          return Rows.uuid(row, "id");
        }
      }
    });
  }

  /**
   * The output stored for a service's sample input: the offline generator's, or for objection (whose writer needs
   * the server's objection plan) a written one.
   *
   * @param definition the service
   * @param <I> its input record
   * @param <O> its output record
   * @return the output
   */
  public static <I extends ServiceInput, O extends ServiceOutput> O output(ServiceDefinition<I, O> definition) {
    if (definition.equals(ServiceDefinitions.OBJECTION)) {
      return definition.outputType().cast(new ObjectionOutput(
          "I hear you: 30% more is a real number. Teams like yours recover it in empty miles within a quarter.",
          ObjectionType.PRICE, "Cost vs Value", "cs-fleet-01",
          new ResponseStructure("I hear you: 30% more is a real number.",
              "The price difference is smaller than the cost of driving empty.",
              "Haulwise cut empty miles by 18% in its first quarter.",
              "Shall we run your last month of routes through the planner?")));
    }
    return OFFLINE.generate(definition, SampleInputs.of(definition));
  }

  private static <T> String json(Class<T> type, Object value) {
    return MOSHI.adapter(type).toJson(type.cast(value));
  }
}
