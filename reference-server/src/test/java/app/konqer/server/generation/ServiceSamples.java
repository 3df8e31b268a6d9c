package app.konqer.server.generation;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.server.testing.SampleInputs;
import com.squareup.moshi.Moshi;

/** The sample input of each service ({@link SampleInputs}), as a record and as the JSON body a client sends. */
final class ServiceSamples {
  private static final Moshi MOSHI = KonqerJson.create();

  private ServiceSamples() {}

  /**
   * The sample input of a service.
   *
   * @param definition the service
   * @param <I> its input record
   * @return the input
   */
  static <I extends ServiceInput> I input(ServiceDefinition<I, ?> definition) {
    return SampleInputs.of(definition);
  }

  /**
   * The sample input of a service as a request body.
   *
   * @param definition the service
   * @return the JSON
   */
  static String json(ServiceDefinition<?, ?> definition) {
    return toJson(definition, input(definition));
  }

  private static <I extends ServiceInput> String toJson(ServiceDefinition<I, ?> definition, Object input) {
    return MOSHI.adapter(definition.inputType()).toJson(definition.inputType().cast(input));
  }
}
