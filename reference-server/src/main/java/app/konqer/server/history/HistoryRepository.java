package app.konqer.server.history;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.paging.PageRequest;
import com.squareup.moshi.Moshi;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code generations} table read as a user's history, newest first, with the statements of
 * {@link HistoryQueries}. A row of a service this build does not know (a newer server sharing the database may have
 * stored it) is read without its payloads, which have no records here, and is not served; it still counts for the
 * page's position.
 */
final class HistoryRepository {
  private final Database database;
  private final StoredPayloads payloads;

  /**
   * Creates the repository.
   *
   * @param database the database
   * @param moshi the SDK's JSON configuration, to read the stored payloads
   */
  HistoryRepository(Database database, Moshi moshi) {
    this.database = database;
    this.payloads = new StoredPayloads(moshi);
  }

  /**
   * One page of a user's history, newest first.
   *
   * @param userId the user
   * @param service the service to list, or {@code null} for all
   * @param request the page
   * @return up to {@link PageRequest#fetchSize()} rows
   */
  List<HistoryRow> page(UUID userId, ServiceId service, PageRequest request) {
    boolean first = request.after() == null;
    String sql = service == null
        ? (first ? HistoryQueries.ALL_FIRST : HistoryQueries.ALL_AFTER)
        : (first ? HistoryQueries.SERVICE_FIRST : HistoryQueries.SERVICE_AFTER);
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        int index = 1;
        select.setObject(index++, userId);
        if (service != null) {
          select.setString(index++, service.id());
        }
        if (!first) {
          Rows.setInstant(select, index++, request.after().createdAt());
          select.setObject(index++, request.after().id());
        }
        select.setInt(index, request.fetchSize());
        return rows(select);
      }
    });
  }

  /**
   * One generation, if it is the user's.
   *
   * @param userId the user
   * @param id the generation id
   * @return the item, or empty when there is none with this id, it is another user's, or its service is unknown
   *     to this build
   */
  Optional<HistoryItem> find(UUID userId, UUID id) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(HistoryQueries.ONE)) {
        select.setObject(1, id);
        select.setObject(2, userId);
        return rows(select).stream().filter(HistoryRow::served).map(HistoryRow::item).findFirst();
      }
    });
  }

  private List<HistoryRow> rows(PreparedStatement select) throws SQLException {
    try (ResultSet row = select.executeQuery()) {
      List<HistoryRow> rows = new ArrayList<>();
      while (row.next()) {
        UUID id = Rows.uuid(row, "id");
        Instant createdAt = Rows.instant(row, "created_at");
        ServiceId service = Rows.wireEnum(row, "service", ServiceId.class);
        rows.add(new HistoryRow(id, createdAt, service == ServiceId.UNKNOWN ? null : new HistoryItem(
            id,
            service,
            createdAt,
            payloads.input(id, service, row.getString("input")),
            payloads.output(id, service, row.getString("output")),
            row.getString("model"),
            row.getInt("tokens_used"),
            row.getObject("personalization_score", Integer.class))));
      }
      return rows;
    }
  }
}
