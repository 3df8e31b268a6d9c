package app.konqer.examples.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The idempotency key of a row: the campaign, then the SHA-256 of the row's id (which keeps CRM ids, often e-mail
 * addresses, out of the server's key table). The same row always sends the same key, so a rerun after a crash is
 * answered from the server's record of the first attempt instead of being charged again.
 */
final class RowKeys {
  private RowKeys() {}

  /**
   * The key of a row.
   *
   * @param campaign the campaign, such as {@code crm-batch}; a new campaign generates every row anew
   * @param rowId the row's id in the CRM
   * @return {@code <campaign>:<sha-256 of the id, hex>}
   */
  static String of(String campaign, String rowId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(rowId.getBytes(StandardCharsets.UTF_8));
      return campaign + ":" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
