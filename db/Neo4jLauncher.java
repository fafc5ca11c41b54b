// Runs Neo4j Community embedded, serving Bolt on 127.0.0.1 with auth on (DESIGN.md §2). Compiled by db/toolchain.ts
// and started by db/local.ts as
//   java <flags> -cp db/runtime/launcher:db/runtime/lib/* Neo4jLauncher --home DIR --conf db/neo4j.conf --port N
// with the password in NEO4J_LOCAL_PASSWORD (kept out of argv, which every local user can read). The config file
// must be named neo4j.conf: the initial-password step reads it from its folder.
// It prints one "ready" line once the password is in place and runs until SIGTERM.

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import picocli.CommandLine;

public final class Neo4jLauncher {
  private static final String DEFAULT_USER = "neo4j";

  public static void main(String[] args) {
    Map<String, String> opts = parseArgs(args);
    Path home = Path.of(required(opts, "home")).toAbsolutePath();
    Path conf = Path.of(required(opts, "conf")).toAbsolutePath();
    int port = Integer.parseInt(required(opts, "port"));
    String user = envOr("NEO4J_LOCAL_USER", DEFAULT_USER);
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    if (password == null || password.isEmpty()) {
      fail("NEO4J_LOCAL_PASSWORD is not set");
    }

    DatabaseManagementService dbms = null;
    try {
      Files.createDirectories(home);
      if (DEFAULT_USER.equals(user) && !Files.exists(home.resolve("data/databases/system"))) {
        setInitialPassword(home, conf, password);
      }
      dbms = new DatabaseManagementServiceBuilder(home)
          .loadPropertiesFromFile(conf)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
          .build();
      DatabaseManagementService running = dbms;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        System.out.println("Neo4jLauncher: shutting down");
        running.shutdown();
        System.out.println("Neo4jLauncher: stopped");
      }, "neo4j-launcher-shutdown"));

      GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      ensureUser(system, user, password);
      String version = system.executeTransactionally(
          "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
          Map.of(), result -> (String) result.next().get("v"));
      System.out.println("Neo4jLauncher: ready, Neo4j " + version + " on bolt://127.0.0.1:" + port);
    } catch (Throwable e) {
      System.out.println("Neo4jLauncher: failed to start: " + describe(e));
      e.printStackTrace(System.out);
      if (dbms != null) {
        try {
          dbms.shutdown();
        } catch (Throwable ignored) {
          // already failing; the first error is the one worth reporting
        }
      }
      System.exit(1);
    }

    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // First start only: what `neo4j-admin dbms set-initial-password` does, so the system database is created with
  // this password and the default neo4j/neo4j login never exists, not even for the moment Bolt is up.
  private static void setInitialPassword(Path home, Path conf, String password) {
    ExecutionContext context = new ExecutionContext(home, conf.getParent());
    int code = new CommandLine(new SetInitialPasswordCommand(context)).execute(password);
    if (code != 0) {
      throw new IllegalStateException("setting the initial password failed (exit code " + code + ")");
    }
  }

  // Sets the user's password and clears "change required", idempotently, on every start (so a new password takes
  // effect on restart). Runs in-process on the system database, where the embedded API needs no login. Neo4j
  // refuses a new password equal to the old one, so that case only clears the flag.
  private static void ensureUser(GraphDatabaseService system, String user, String password) {
    Map<String, Object> params = new HashMap<>();
    params.put("user", user);
    params.put("password", password);
    boolean exists = system.executeTransactionally(
        "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
        params, result -> ((Number) result.next().get("n")).longValue() > 0);
    if (!exists) {
      system.executeTransactionally("CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
      return;
    }
    try {
      system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (QueryExecutionException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
      system.executeTransactionally("ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", params);
    }
  }

  // The outer message and the root cause, which is usually the one that says what to fix (e.g. port in use).
  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String outer = String.valueOf(e.getMessage());
    String inner = String.valueOf(root.getMessage());
    return outer.contains(inner) ? outer : outer + ": " + inner;
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        fail("usage: Neo4jLauncher --home DIR --conf FILE --port N");
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    return opts;
  }

  private static String required(Map<String, String> opts, String key) {
    String value = opts.get(key);
    if (value == null) {
      fail("missing --" + key);
    }
    return value;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static void fail(String message) {
    System.out.println("Neo4jLauncher: " + message);
    System.exit(2);
  }
}
