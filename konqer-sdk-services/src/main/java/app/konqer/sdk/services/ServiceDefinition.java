package app.konqer.sdk.services;

import app.konqer.sdk.model.ServiceId;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * One row of the service table: a service and the records of its input and output.
 *
 * <p>The constants of {@link ServiceDefinitions} are the only instances needed; both the SDK and the server look a
 * service's types up here instead of branching on the service.
 *
 * @param service the service, never {@link ServiceId#UNKNOWN}
 * @param inputType the record sent as the body of {@code POST /services/{service}/generate}
 * @param outputType the record returned as the {@link Generation#output() output} of a generation
 * @param <I> the input record type
 * @param <O> the output record type
 */
public record ServiceDefinition<I extends ServiceInput, O extends ServiceOutput>(
    ServiceId service, Class<I> inputType, Class<O> outputType) {

  /** Checks that the row is complete and names a known service. */
  public ServiceDefinition {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(inputType, "inputType");
    Objects.requireNonNull(outputType, "outputType");
    if (service == ServiceId.UNKNOWN) {
      throw new IllegalArgumentException("A service definition needs a known service");
    }
  }

  /**
   * The JSON type of this service's response envelope, {@code Generation<O>}, to ask Moshi for its adapter.
   *
   * @return the parameterized type {@code Generation<outputType>}
   */
  public Type generationType() {
    return Types.newParameterizedType(Generation.class, outputType);
  }
}
