package app.konqer.sdk.services.whitepaper;

import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.contract.Limits;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A whitepaper: the output of {@code whitepaper}.
 *
 * @param title the title; at most 500 characters
 * @param abstractText the abstract, {@code abstract} on the wire; at most 5,000 characters
 * @param sections the sections in reading order, exactly {@code section_count} of them; 3 to 8 items
 * @param keyTakeaways what the reader should remember; 1 to 10 items of at most 500 characters
 * @param cta the call to action that closes the paper; at most 5,000 characters
 */
public record WhitepaperOutput(
    @NotBlank @Size(max = Limits.LABEL) String title,
    @Json(name = "abstract") @NotBlank @Size(max = Limits.TEXT) String abstractText,
    @Size(min = 3, max = 8) List<@Valid WhitepaperSection> sections,
    @Size(min = 1, max = 10) List<@NotBlank @Size(max = Limits.LABEL) String> keyTakeaways,
    @NotBlank @Size(max = Limits.TEXT) String cta) implements ServiceOutput {
  /** Copies {@code sections} and {@code keyTakeaways} into immutable lists; a missing list becomes empty. */
  public WhitepaperOutput {
    sections = sections == null ? List.of() : List.copyOf(sections);
    keyTakeaways = keyTakeaways == null ? List.of() : List.copyOf(keyTakeaways);
  }
}
