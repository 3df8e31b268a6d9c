package app.konqer.sdk.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in user, as returned by {@code GET /user/me}.
 *
 * @param id the user id
 * @param email the e-mail address
 * @param name the display name
 * @param avatarUrl an avatar image URL, if any
 * @param roles the roles granted by the identity provider, such as {@code admin}
 * @param createdAt when the user was first seen
 */
public record UserProfile(
    UUID id, String email, String name, String avatarUrl, List<String> roles, Instant createdAt) {

  /** Normalises a missing role list to an empty one. */
  public UserProfile {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
