package app.konqer.server.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}. Safe to run from several server
 * processes at once: Flyway serialises them with a PostgreSQL advisory lock.
 */
public final class Migrations {
  private static final Logger log = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /**
   * Applies the pending migrations.
   *
   * @param dataSource the database to migrate
   * @return the schema version after migrating
   */
  public static String migrate(DataSource dataSource) {
    return migrate(Flyway.configure().dataSource(dataSource));
  }

  /**
   * Applies the pending migrations over connections of their own, outside the server's pool: Flyway holds one
   * connection for its lock and uses another to migrate, which a pool of one could not give it.
   *
   * @param settings where the database is and who to connect as
   * @return the schema version after migrating
   */
  public static String migrate(PoolSettings settings) {
    return migrate(Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password()));
  }

  private static String migrate(FluentConfiguration flyway) {
    MigrateResult result = flyway
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
    String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    if (result.migrationsExecuted > 0) {
      log.info("Database schema migrated to version {} ({} migrations applied)", version, result.migrationsExecuted);
    } else {
      log.info("Database schema is up to date at version {}", version);
    }
    return version;
  }
}
