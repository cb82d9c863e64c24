package org.policyflow.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database of its own on the machine's PostgreSQL (127.0.0.1:5432, user postgres), created for one test and
 * dropped after it. Where no PostgreSQL answers, the test is skipped with a reason that shows in the report.
 */
public final class ScratchPostgres implements AutoCloseable {

    private static final String SERVER = System.getProperty("policyflow.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = "postgres";

    final String name;
    public final String url;
    private final SingleConnectionDataSource dataSource;

    private ScratchPostgres(String name) {
        this.name = name;
        this.url = SERVER + name;
        this.dataSource = new SingleConnectionDataSource(url, USER, "", true);
    }

    public static ScratchPostgres create(String purpose) throws SQLException {
        String name = "pf_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException unreachable) {
            Assumptions.abort("PostgreSQL is not reachable at " + SERVER + " as " + USER + " ("
                    + unreachable.getMessage() + "): the " + purpose + " test needs it and was skipped");
        }
        return new ScratchPostgres(name);
    }

    /** The node settings that put PolicyFlow on this database. */
    List<String> nodeSettings() {
        return List.of("--spring.profiles.active=postgres,demo,compressed", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=");
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() throws SQLException {
        dataSource.destroy();
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }
}
