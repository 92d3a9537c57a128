package dev.cdclab.lab.embedded;

import dev.cdclab.lab.TaskActivity;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Debezium's task metrics in this JVM's MBean server, where the embedded Connect worker's tasks
 * register them ({@code debezium.<connector>:type=connector-metrics,context=streaming,server=<prefix>}):
 * a task is there from its start until it has exited, and its streaming metrics say when it has
 * connected to the database's log.
 *
 * <pre>{@code
 * TaskActivity activity = new DebeziumMetrics(ManagementFactory.getPlatformMBeanServer()).activity("mysql.k3x9-c1");
 * }</pre>
 */
final class DebeziumMetrics {
    private static final ObjectName TASK_METRICS = pattern("debezium.*:type=connector-metrics,*");
    private static final String STREAMING = "streaming";
    private static final String CONNECTED = "Connected";

    private final MBeanServer server;

    DebeziumMetrics(MBeanServer server) {
        this.server = server;
    }

    TaskActivity activity(String logicalName) {
        Set<ObjectName> names = server.queryNames(TASK_METRICS, null);
        boolean registered = false;
        for (ObjectName name : names) {
            if (!logicalName.equals(unquoted(name.getKeyProperty("server")))) {
                continue;
            }
            registered = true;
            if (STREAMING.equals(name.getKeyProperty("context")) && connected(name)) {
                return TaskActivity.STREAMING;
            }
        }
        return registered ? TaskActivity.STARTING : TaskActivity.ABSENT;
    }

    private boolean connected(ObjectName streaming) {
        try {
            return Boolean.TRUE.equals(server.getAttribute(streaming, CONNECTED));
        } catch (JMException | RuntimeException unregisteredMeanwhile) {
            return false;
        }
    }

    private static String unquoted(String value) {
        if (value == null) {
            return null;
        }
        return value.startsWith("\"") ? ObjectName.unquote(value) : value;
    }

    private static ObjectName pattern(String text) {
        try {
            return new ObjectName(text);
        } catch (JMException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
