package app.konqer.sdk.services.warmranker;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One lead to rank, with what they did.
 *
 * @param email the lead's e-mail address, which identifies them in the ranking; required, at most 320 characters
 * @param name the lead's name; optional, at most 5,000 characters
 * @param company the lead's company; optional, at most 5,000 characters
 * @param signals what the lead did, such as {@code Opened the last 3 emails} or {@code Visited the pricing page};
 *     optional, at most 20 items of at most 500 characters
 */
public record Lead(
    @NotBlank @Email @Size(max = Limits.EMAIL) String email,
    @Size(max = Limits.TEXT) String name,
    @Size(max = Limits.TEXT) String company,
    @Size(max = 20) List<@NotBlank @Size(max = Limits.LABEL) String> signals) {
  /** Copies {@code signals} into an immutable list; a missing list becomes empty. */
  public Lead {
    signals = signals == null ? List.of() : List.copyOf(signals);
  }
}
