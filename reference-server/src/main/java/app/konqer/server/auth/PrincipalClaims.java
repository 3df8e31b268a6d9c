package app.konqer.server.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the caller out of verified claims: {@code sub}, {@code email}, {@code name} (or {@code preferred_username}),
 * and the union of Keycloak's {@code realm_access.roles} and a top-level {@code roles} claim. A claim of an
 * unexpected type counts as absent: the signature already vouches for the token, so a missing optional claim is no
 * reason to refuse it.
 */
final class PrincipalClaims {
  private PrincipalClaims() {}

  /**
   * The caller the claims speak for.
   *
   * @param claims verified claims, with a non-blank {@code sub}
   * @return the principal
   */
  static Principal principal(JWTClaimsSet claims) {
    String name = text(claims.getClaim("name"));
    if (name == null) {
      name = text(claims.getClaim("preferred_username"));
    }
    return new Principal(claims.getSubject(), text(claims.getClaim("email")), name, roles(claims));
  }

  private static List<String> roles(JWTClaimsSet claims) {
    Set<String> roles = new LinkedHashSet<>();
    if (claims.getClaim("realm_access") instanceof Map<?, ?> realmAccess) {
      addTexts(realmAccess.get("roles"), roles);
    }
    addTexts(claims.getClaim("roles"), roles);
    return List.copyOf(roles);
  }

  private static void addTexts(Object value, Set<String> into) {
    if (value instanceof Collection<?> values) {
      for (Object element : values) {
        String role = text(element);
        if (role != null) {
          into.add(role);
        }
      }
    }
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s : null;
  }
}
