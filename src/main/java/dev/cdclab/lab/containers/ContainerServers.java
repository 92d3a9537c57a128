package dev.cdclab.lab.containers;

import dev.cdclab.lab.BinlogDatabase;
import dev.cdclab.lab.ConnectWorker;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.PostgresDatabase;
import dev.cdclab.lab.dialect.BinlogDialect;
import dev.cdclab.lab.dialect.MySqlDialect;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The lab's handles on started containers: each server as the grader reaches it (a port Docker
 * mapped on the host) and as Kafka Connect reaches it (its course name on the container network).
 */
final class ContainerServers {
    private ContainerServers() {
    }

    /** MySQL 8.4; the grader's own SQL runs as root. */
    record MySql(Endpoint endpoint, Endpoint connectorEndpoint, String adminPassword) implements BinlogDatabase {
        private static final BinlogDialect DIALECT = new MySqlDialect();

        @Override
        public BinlogDialect dialect() {
            return DIALECT;
        }

        @Override
        public Connection openAdmin(String database) throws SQLException {
            return open(LabContainers.MYSQL_ADMIN, adminPassword, database);
        }

        @Override
        public String toString() {
            return "MySQL at " + endpoint;
        }
    }

    /** A MySQL started for one lesson with a student's options; closing it stops the container. */
    record ConfiguredMySql(Endpoint endpoint, Endpoint connectorEndpoint, org.testcontainers.mysql.MySQLContainer container)
            implements dev.cdclab.lab.ConfiguredBinlogServer {
        @Override
        public BinlogDialect dialect() {
            return MySql.DIALECT;
        }

        @Override
        public Connection openAdmin(String database) throws SQLException {
            return open(LabContainers.MYSQL_ADMIN, container.getPassword(), database);
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    record Postgres(Endpoint endpoint, Endpoint connectorEndpoint, String adminPassword) implements PostgresDatabase {
        @Override
        public Connection openAdmin(String database) throws SQLException {
            return open(LabContainers.POSTGRES_ADMIN, adminPassword,
                    database.isEmpty() ? LabContainers.POSTGRES_ADMIN : database);
        }

        @Override
        public String toString() {
            return "PostgreSQL at " + endpoint;
        }
    }

    record Kafka(String bootstrapServers, String connectorBootstrapServers) implements KafkaBroker {
    }

    record Connect(URI restUri) implements ConnectWorker {
    }
}
