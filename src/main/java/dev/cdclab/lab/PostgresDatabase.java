package dev.cdclab.lab;

import java.sql.Connection;
import java.sql.SQLException;

/** The lab's PostgreSQL server, started with {@code wal_level=logical}. */
public interface PostgresDatabase extends SqlServer {

    /** With bounded connect (5 s) and read (60 s) timeouts. */
    @Override
    default Connection open(String user, String password, String database) throws SQLException {
        return SqlServer.connect("jdbc:postgresql://" + endpoint() + "/" + database, user, password, "5", "60");
    }
}
