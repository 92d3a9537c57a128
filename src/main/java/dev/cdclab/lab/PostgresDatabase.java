package dev.cdclab.lab;

/** The lab's PostgreSQL server, started with {@code wal_level=logical}. */
public interface PostgresDatabase extends SqlServer {
}
