package dev.cdclab.lab.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.lab.TaskActivity;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.junit.jupiter.api.Test;

class DebeziumMetricsTest {
    public interface StreamingMXBean {
        boolean isConnected();
    }

    public interface SnapshotMXBean {
        boolean getSnapshotRunning();
    }

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private final DebeziumMetrics metrics = new DebeziumMetrics(server);

    @Test
    void aTaskThatRegisteredNothingIsAbsent() {
        assertThat(metrics.activity("mysql.k3x9-c1")).isEqualTo(TaskActivity.ABSENT);
    }

    @Test
    void aTaskWhoseSnapshotRunsAndWhoseStreamingHasNotConnectedIsStarting() throws Exception {
        register("debezium.mariadb:type=connector-metrics,context=snapshot,server=mysql.k3x9-c1", snapshot());
        register("debezium.mariadb:type=connector-metrics,context=streaming,server=mysql.k3x9-c1", streaming(false));

        assertThat(metrics.activity("mysql.k3x9-c1")).isEqualTo(TaskActivity.STARTING);
    }

    @Test
    void aTaskWhoseStreamingConnectedStreams() throws Exception {
        register("debezium.mysql:type=connector-metrics,context=streaming,server=mysql.k3x9-c1", streaming(true));

        assertThat(metrics.activity("mysql.k3x9-c1")).isEqualTo(TaskActivity.STREAMING);
    }

    @Test
    void anotherConnectorsTaskDoesNotCountEvenWhenItsNameStartsAlike() throws Exception {
        register("debezium.mysql:type=connector-metrics,context=streaming,server=mysql.k3x9-c10", streaming(true));

        assertThat(metrics.activity("mysql.k3x9-c1")).isEqualTo(TaskActivity.ABSENT);
    }

    @Test
    void aQuotedServerNameIsReadUnquoted() throws Exception {
        register("debezium.postgres:type=connector-metrics,context=streaming,server=" + ObjectName.quote("pg:1"), streaming(true));

        assertThat(metrics.activity("pg:1")).isEqualTo(TaskActivity.STREAMING);
    }

    @Test
    void aTaskThatUnregisteredIsAbsentAgain() throws Exception {
        ObjectName name = register("debezium.mysql:type=connector-metrics,context=streaming,server=mysql.k3x9-c1", streaming(true));
        server.unregisterMBean(name);

        assertThat(metrics.activity("mysql.k3x9-c1")).isEqualTo(TaskActivity.ABSENT);
    }

    private ObjectName register(String name, Object bean) throws Exception {
        ObjectName objectName = new ObjectName(name);
        server.registerMBean(bean, objectName);
        return objectName;
    }

    private static StandardMBean streaming(boolean connected) {
        return new StandardMBean((StreamingMXBean) () -> connected, StreamingMXBean.class, true);
    }

    private static StandardMBean snapshot() {
        return new StandardMBean((SnapshotMXBean) () -> true, SnapshotMXBean.class, true);
    }
}
