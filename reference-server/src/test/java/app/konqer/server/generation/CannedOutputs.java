package app.konqer.server.generation;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.server.generation.objection.ObjectionKnowledgeRepository;
import app.konqer.server.generation.objection.ObjectionPlanner;
import app.konqer.server.generation.offline.OfflineWriters;
import app.konqer.server.generation.offline.ServerFacts;
import app.konqer.server.generation.schema.ServerComputedMembers;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Answers a model could give: the offline writer's output for the sample input, as JSON without the
 * server-computed members, exactly what the strict schema asks the model for.
 */
final class CannedOutputs {
  private static final Moshi MOSHI = KonqerJson.create();
  private static final JsonAdapter<Object> JSON = MOSHI.adapter(Object.class);

  private final OfflineWriters writers = OfflineWriters.standard();
  private final ObjectionPlanner planner;

  CannedOutputs(DataSource database) {
    this.planner = new ObjectionPlanner(new ObjectionKnowledgeRepository(database).load());
  }

  /** A valid model answer for the sample input of a service. */
  <I extends ServiceInput, O extends ServiceOutput> String validAnswer(ServiceDefinition<I, O> definition) {
    I input = ServiceSamples.input(definition);
    O output = writers.writerFor(definition).write(input, facts(definition, input));
    return withoutServerComputed(definition.outputType(), MOSHI.adapter(definition.outputType()).toJson(output));
  }

  /** The JSON of an output record without its server-computed members. */
  static String withoutServerComputed(Class<?> type, String json) {
    Object tree = parse(json);
    for (String path : ServerComputedMembers.of(type)) {
      remove(tree, Arrays.asList(path.split("\\.")));
    }
    return JSON.toJson(tree);
  }

  static Object parse(String json) {
    try {
      return JSON.fromJson(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String write(Object tree) {
    return JSON.toJson(tree);
  }

  private ServerFacts facts(ServiceDefinition<?, ?> definition, ServiceInput input) {
    if (definition.service() == ServiceId.OBJECTION) {
      ObjectionInput objection = (ObjectionInput) input;
      return ServerFacts.of(planner.plan(objection.objection(), objection.preferredFramework(),
          objection.dealContext() == null ? null : objection.dealContext().industry()));
    }
    return ServerFacts.none();
  }

  private static void remove(Object node, List<String> path) {
    if (node instanceof List<?> items) {
      items.forEach(item -> remove(item, path));
    } else if (node instanceof Map<?, ?> members) {
      if (path.size() == 1) {
        members.remove(path.get(0));
      } else {
        remove(members.get(path.get(0)), path.subList(1, path.size()));
      }
    }
  }
}
