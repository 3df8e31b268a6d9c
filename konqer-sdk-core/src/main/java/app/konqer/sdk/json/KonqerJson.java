package app.konqer.sdk.json;

import com.squareup.moshi.Moshi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The one JSON configuration of the Konqer wire contract, shared by the SDK and the reference server.
 *
 * <p>Records are objects with snake_case members, unknown members are ignored, enums decode unknown values to their
 * {@code UNKNOWN} constant, and {@link Instant}, {@link LocalDate} and {@link UUID} are ISO strings. Build one {@link Moshi} per client or
 * server and reuse it: adapters are created once per type and cached by that instance.
 */
public final class KonqerJson {
  private KonqerJson() {}

  /**
   * A builder with the Konqer adapters installed, to which callers may add their own.
   *
   * @return a new builder
   */
  public static Moshi.Builder builder() {
    return new Moshi.Builder()
        .add(Instant.class, new InstantJsonAdapter().nullSafe())
        .add(UUID.class, new UuidJsonAdapter().nullSafe())
        .add(LocalDate.class, new LocalDateJsonAdapter().nullSafe())
        .add(new EnumJsonAdapterFactory())
        .add(new RecordJsonAdapterFactory());
  }

  /**
   * A new {@link Moshi} with the Konqer adapters.
   *
   * @return a new instance; keep and reuse it
   */
  public static Moshi create() {
    return builder().build();
  }

  /**
   * The wire name of an enum constant, as {@link KonqerJson} reads and writes it.
   *
   * @param constant an enum constant
   * @param <E> the enum type
   * @return the string used in JSON and in URLs for that constant
   */
  public static <E extends Enum<E>> String wireName(E constant) {
    return EnumJsonAdapterFactory.wireName(constant.getDeclaringClass(), constant);
  }
}
