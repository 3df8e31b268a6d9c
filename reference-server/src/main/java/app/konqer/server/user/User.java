package app.konqer.server.user;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored user.
 *
 * @param id the user id
 * @param email the e-mail address, if known
 * @param name the display name, if known
 * @param avatarUrl the avatar URL, if any
 * @param createdAt when the user was first seen
 */
public record User(UUID id, String email, String name, String avatarUrl, Instant createdAt) {}
