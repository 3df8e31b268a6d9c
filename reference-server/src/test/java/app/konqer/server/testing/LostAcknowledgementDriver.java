package app.konqer.server.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A JDBC driver around PostgreSQL's that can lose a commit's acknowledgement: the commit is carried out, then the
 * caller gets the {@code 08006} connection failure it would get had the connection broken before the database's
 * answer arrived. It can fail a commit that is then not carried out, and it can also take the database away (every statement fails with {@code 08006}) until it is given
 * back. URLs look like {@code jdbc:lost-ack:postgresql://...}; see {@link #url(String)}.
 */
public final class LostAcknowledgementDriver implements Driver {
  private static final String PREFIX = "jdbc:lost-ack:";
  private static final String CONNECTION_FAILURE = "08006";

  private final AtomicInteger commitsToLose = new AtomicInteger();
  private final AtomicInteger commitsToFail = new AtomicInteger();
  private volatile boolean goneAfterLostCommit;
  private volatile boolean databaseGone;

  private LostAcknowledgementDriver() {}

  /**
   * Creates the driver and registers it with {@link DriverManager}.
   *
   * @return the registered driver; {@link #deregister()} it when done
   */
  public static LostAcknowledgementDriver register() {
    LostAcknowledgementDriver driver = new LostAcknowledgementDriver();
    try {
      DriverManager.registerDriver(driver);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return driver;
  }

  /** Removes the driver from {@link DriverManager}. */
  public void deregister() {
    try {
      DriverManager.deregisterDriver(this);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The URL of a PostgreSQL database through this driver.
   *
   * @param postgresUrl a {@code jdbc:postgresql:} URL
   * @return the same database through this driver
   */
  public static String url(String postgresUrl) {
    return PREFIX + postgresUrl.substring("jdbc:".length());
  }

  /** The next commit is carried out, and its caller told that the connection broke. */
  public void loseNextCommitAcknowledgement() {
    commitsToLose.incrementAndGet();
  }

  /** The next commit is not carried out: the transaction rolls back, and its caller is told the connection broke. */
  public void failNextCommit() {
    commitsToFail.incrementAndGet();
  }

  /** As {@link #loseNextCommitAcknowledgement()}, and the database goes away with the acknowledgement. */
  public void loseNextCommitAcknowledgementAndTheDatabase() {
    goneAfterLostCommit = true;
    commitsToLose.incrementAndGet();
  }

  /**
   * Takes the database away or gives it back: while it is away, every call on a connection fails as on a broken one.
   *
   * @param gone whether the database is away
   */
  public void databaseGone(boolean gone) {
    this.databaseGone = gone;
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    if (databaseGone) {
      throw brokenConnection("connecting");
    }
    Connection real = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
    InvocationHandler handler = (proxy, method, args) -> invoke(real, method, args);
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        handler);
  }

  private Object invoke(Connection real, Method method, Object[] args) throws Throwable {
    if (databaseGone && method.getDeclaringClass() != Object.class && !method.getName().equals("close")) {
      throw brokenConnection(method.getName());
    }
    if (method.getName().equals("commit") && commitsToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      real.rollback();
      throw brokenConnection("sending the commit");
    }
    Object result;
    try {
      result = method.invoke(real, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (method.getName().equals("commit") && commitsToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      if (goneAfterLostCommit) {
        goneAfterLostCommit = false;
        databaseGone = true;
      }
      throw brokenConnection("reading the commit's acknowledgement");
    }
    return result;
  }

  private static SQLException brokenConnection(String doing) {
    return new SQLException("An I/O error occurred while " + doing + " (connection reset)", CONNECTION_FAILURE);
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }
}
