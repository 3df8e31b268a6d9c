package app.konqer.sdk.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /auth/dev-token}, which a reference server in dev mode answers with a signed token.
 *
 * @param email the user's e-mail address
 * @param name the display name
 * @param roles roles to put in the token, such as {@code admin}
 */
public record DevTokenRequest(
    @NotBlank @Email @Size(max = 320) String email,
    @Size(max = 200) String name,
    @Size(max = 20) List<@NotBlank @Size(max = 64) String> roles) {

  /** Normalises a missing role list to an empty one. */
  public DevTokenRequest {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
