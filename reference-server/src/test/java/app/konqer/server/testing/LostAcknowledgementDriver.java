package app.konqer.server.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * A JDBC driver around PostgreSQL's that can lose a commit's acknowledgement: the commit is carried out, then the
 * caller gets the {@code 08006} connection failure it would get had the connection broken before the database's
 * answer arrived. It can fail a commit that is then not carried out, and it can also take the database away (every
 * statement fails with {@code 08006}) until it is given back. The commit is that of the next statement whose SQL
 * contains a given text: the statement itself in auto-commit mode, its transaction's commit otherwise. URLs look like
 * {@code jdbc:lost-ack:postgresql://...}; see {@link #url(String)}.
 */
public final class LostAcknowledgementDriver implements Driver {
  private static final String PREFIX = "jdbc:lost-ack:";
  private static final String CONNECTION_FAILURE = "08006";
  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
      "executeLargeUpdate");

  /** What happens to a commit. */
  private enum Fault {
    /** Carried out; the caller is told the connection broke. */
    LOST_ACKNOWLEDGEMENT,
    /** As {@link #LOST_ACKNOWLEDGEMENT}, and the database goes away with it. */
    LOST_ACKNOWLEDGEMENT_AND_DATABASE,
    /** Not carried out; the caller is told the connection broke. */
    FAILED
  }

  /** A fault waiting for the next statement whose SQL contains {@code sql}. */
  private record Armed(String sql, Fault fault) {}

  private final AtomicReference<Armed> armed = new AtomicReference<>();
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

  /**
   * The commit of the next statement whose SQL contains {@code sql} is carried out, and its caller told that the
   * connection broke.
   *
   * @param sql a part of the statement's SQL
   */
  public void loseCommitAcknowledgementOf(String sql) {
    arm(sql, Fault.LOST_ACKNOWLEDGEMENT);
  }

  /**
   * The commit of the next statement whose SQL contains {@code sql} is not carried out: its work rolls back, and its
   * caller is told that the connection broke.
   *
   * @param sql a part of the statement's SQL
   */
  public void failCommitOf(String sql) {
    arm(sql, Fault.FAILED);
  }

  /**
   * As {@link #loseCommitAcknowledgementOf(String)}, and the database goes away with the acknowledgement.
   *
   * @param sql a part of the statement's SQL
   */
  public void loseCommitAcknowledgementAndTheDatabaseOf(String sql) {
    arm(sql, Fault.LOST_ACKNOWLEDGEMENT_AND_DATABASE);
  }

  /**
   * Takes the database away or gives it back: while it is away, every call on a connection fails as on a broken one.
   *
   * @param gone whether the database is away
   */
  public void databaseGone(boolean gone) {
    this.databaseGone = gone;
  }

  /**
   * Whether an armed fault is still waiting for its statement.
   *
   * @return {@code true} until the statement has run
   */
  public boolean waiting() {
    return armed.get() != null;
  }

  private void arm(String sql, Fault fault) {
    if (!armed.compareAndSet(null, new Armed(sql, fault))) {
      throw new IllegalStateException("A fault is already waiting: " + armed.get());
    }
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
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        new FaultyConnection(real));
  }

  /** A connection that applies the armed fault to its statements' commits. */
  private final class FaultyConnection implements InvocationHandler {
    private final Connection real;
    /** The fault of a statement run in the open transaction, for its commit. */
    private Fault atCommit;

    FaultyConnection(Connection real) {
      this.real = real;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (databaseGone && method.getDeclaringClass() != Object.class && !method.getName().equals("close")) {
        throw brokenConnection(method.getName());
      }
      if (method.getName().equals("commit") && atCommit != null) {
        Fault fault = atCommit;
        atCommit = null;
        return commitWith(fault, () -> call(real, method, args));
      }
      if (method.getName().equals("rollback")) {
        atCommit = null;
      }
      Object result = call(real, method, args);
      if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
        Armed fault = armed.get();
        if (fault != null && sql.contains(fault.sql()) && armed.compareAndSet(fault, null)) {
          return faulty((PreparedStatement) result, fault.fault());
        }
      }
      return result;
    }

    private PreparedStatement faulty(PreparedStatement statement, Fault fault) {
      InvocationHandler handler = (proxy, method, args) -> {
        if (!EXECUTIONS.contains(method.getName())) {
          return call(statement, method, args);
        }
        if (!real.getAutoCommit()) {
          atCommit = fault;
          return call(statement, method, args);
        }
        return commitWith(fault, () -> call(statement, method, args));
      };
      return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
          new Class<?>[] {PreparedStatement.class}, handler);
    }
  }

  /** Runs a commit (a commit call, or a statement in auto-commit mode) with a fault. */
  private Object commitWith(Fault fault, Call commit) throws Throwable {
    if (fault == Fault.FAILED) {
      throw brokenConnection("sending the commit");
    }
    commit.run();
    if (fault == Fault.LOST_ACKNOWLEDGEMENT_AND_DATABASE) {
      databaseGone = true;
    }
    throw brokenConnection("reading the commit's acknowledgement");
  }

  /** A call on a real JDBC object. */
  private interface Call {
    Object run() throws Throwable;
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
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
