package app.konqer.server.auth;

import java.util.List;

/**
 * The caller a verified bearer token speaks for.
 *
 * @param subject the token's {@code sub}: the identity provider's user id
 * @param email the {@code email} claim, if present
 * @param name the {@code name} claim (or {@code preferred_username}), if present
 * @param roles roles from Keycloak's {@code realm_access.roles} or a top-level {@code roles} claim
 */
public record Principal(String subject, String email, String name, List<String> roles) {

  /** Normalises a missing role list to an empty one. */
  public Principal {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /**
   * Whether the caller holds a role.
   *
   * @param role the role name, such as {@code admin}
   * @return {@code true} when the token grants it
   */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
