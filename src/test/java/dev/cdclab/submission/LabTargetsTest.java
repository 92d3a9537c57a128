package dev.cdclab.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.lab.BinlogDatabase;
import dev.cdclab.lab.ConnectWorker;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.PostgresDatabase;
import dev.cdclab.lab.dialect.BinlogDialect;
import dev.cdclab.lab.dialect.MariaDbDialect;
import dev.cdclab.lab.dialect.MySqlDialect;
import java.net.URI;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** A connector's config gets the addresses Kafka Connect reaches, which differ from the grader's in containers. */
class LabTargetsTest {
    private static final Endpoint GRADER_MYSQL = new Endpoint("localhost", 49153);
    private static final Endpoint GRADER_POSTGRES = new Endpoint("localhost", 49154);
    private static final String GRADER_KAFKA = "localhost:49155";

    @Test
    void in_containers_the_targets_are_the_names_on_the_container_network_not_the_mapped_ports() {
        // GIVEN a lab whose Connect reaches the servers by their names on the container network
        LabEnvironment lab = new StubLab(new MySqlDialect(),
                new StubServer(GRADER_MYSQL, new Endpoint("mysql", 3306)),
                new StubServer(GRADER_POSTGRES, new Endpoint("postgres", 5432)),
                new StubKafka("kafka:19092"));

        // THEN a connector's config gets those names, never the ports mapped for the grader
        assertThat(LabTargets.of(lab)).isEqualTo(new LabTargets(lab.binlog().dialect(),
                new Endpoint("mysql", 3306), new Endpoint("postgres", 5432), "kafka:19092"));
    }

    @Test
    void on_the_embedded_backend_connect_reaches_what_the_grader_reaches() {
        // GIVEN a lab whose handles do not say where Connect reaches them (the interfaces' default)
        LabEnvironment lab = new StubLab(new MariaDbDialect(),
                new StubServer(GRADER_MYSQL, null), new StubServer(GRADER_POSTGRES, null), new StubKafka(null));

        assertThat(LabTargets.of(lab))
                .isEqualTo(new LabTargets(lab.binlog().dialect(), GRADER_MYSQL, GRADER_POSTGRES, GRADER_KAFKA));
    }

    /** A server that is never started; {@code connect} null means the interface's default. */
    private record StubServer(Endpoint endpoint, Endpoint connect) implements PostgresDatabase {
        @Override
        public Endpoint connectorEndpoint() {
            return connect == null ? PostgresDatabase.super.connectorEndpoint() : connect;
        }

        @Override
        public Connection openAdmin(String database) {
            throw new UnsupportedOperationException("a stub lab has no server");
        }
    }

    private record StubKafka(String connect) implements KafkaBroker {
        @Override
        public String bootstrapServers() {
            return GRADER_KAFKA;
        }

        @Override
        public String connectorBootstrapServers() {
            return connect == null ? KafkaBroker.super.connectorBootstrapServers() : connect;
        }
    }

    private record StubLab(BinlogDialect dialect, StubServer mysql, StubServer pg, StubKafka broker) implements LabEnvironment {
        @Override
        public String backend() {
            return "stub";
        }

        @Override
        public BinlogDatabase binlog() {
            return new BinlogDatabase() {
                @Override
                public BinlogDialect dialect() {
                    return dialect;
                }

                @Override
                public Endpoint endpoint() {
                    return mysql.endpoint();
                }

                @Override
                public Endpoint connectorEndpoint() {
                    return mysql.connectorEndpoint();
                }

                @Override
                public Connection openAdmin(String database) {
                    return mysql.openAdmin(database);
                }
            };
        }

        @Override
        public PostgresDatabase postgres() {
            return pg;
        }

        @Override
        public dev.cdclab.lab.ConfiguredBinlogServer startBinlogServer(String name, dev.cdclab.lab.ServerOptions options) {
            throw new UnsupportedOperationException("a stub lab starts no server");
        }

        @Override
        public KafkaBroker kafka() {
            return broker;
        }

        @Override
        public ConnectWorker connect() {
            return () -> URI.create("http://localhost:49156");
        }

        @Override
        public void close() {
        }
    }
}
