package bg.kazanlak.inclusion;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One node at a time through start-up on a shared PostgreSQL database: the engine's schema creation
 * is not safe for two nodes at once (both run {@code create table}, one fails), nor are the first
 * deployment and the start-up sequence's first inserts. The lock is a PostgreSQL session advisory
 * lock taken before the engine is built and released when {@link StartupSequence} is done (or when
 * the node dies: the session ends with its connection). H2 needs none: its file admits one
 * application.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
  // "KAZANLAK" in ASCII: any constant the application's other advisory locks do not use
  private static final long KEY = 0x4B415A414E4C414BL;

  private final DataSource dataSource;
  private Connection held;

  StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        log.info("Waiting for the start-up lock (another node may be starting)");
        statement.execute("select pg_advisory_lock(" + KEY + ")");
      }
      held = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the start-up lock", e);
    }
  }

  /** Lets the next node start; idempotent. */
  synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held;
        Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + KEY + ")");
      log.info("Start-up lock released");
    } catch (SQLException e) {
      log.warn("Could not release the start-up lock; it ends with the connection", e);
    } finally {
      held = null;
    }
  }

  @Override
  public void destroy() {
    release();
  }
}
