package dev.cdclab.lessons;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import dev.cdclab.grading.InfrastructureException;
import dev.cdclab.grading.QueryResult;
import dev.cdclab.lab.BinlogDatabase;
import dev.cdclab.lab.CdcUsers;
import dev.cdclab.lab.Wait;
import dev.cdclab.lab.WaitTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The row events of the binlog itself, read with the binlog client library Debezium is built on
 * ({@code mysql-binlog-connector-java}): which columns an update's before and after images hold.
 * Debezium 3.5 stops on an image that is not FULL ("internal schema size 4, but row size 1"), so
 * the images of {@code MINIMAL} can only be seen here.
 */
final class BinlogRowEvents implements AutoCloseable {
    /** Binlog client ids of the grader's own readers: far from the connectors' (5 400 000 and up). */
    private static final AtomicLong SERVER_IDS = new AtomicLong(5_300_000);
    private static final Duration CONNECT = Duration.ofSeconds(10);

    /** The columns one update's images hold, in the table's column order. */
    record Update(String table, List<Integer> before, List<Integer> after) {
    }

    private final BinaryLogClient client;
    private final List<Update> updates = new CopyOnWriteArrayList<>();
    private final Map<Long, String> tables = new HashMap<>();

    private BinlogRowEvents(BinaryLogClient client) {
        this.client = client;
    }

    /** Starts reading {@code server}'s binlog from its current position. */
    static BinlogRowEvents fromNow(BinlogDatabase server) {
        QueryResult status = QueryResult.asAdmin(server, "", server.dialect().binlogStatusStatement());
        BinaryLogClient client = new BinaryLogClient(server.endpoint().host(), server.endpoint().port(), CdcUsers.NAME, CdcUsers.PASSWORD);
        client.setServerId(SERVER_IDS.incrementAndGet());
        client.setBinlogFilename(status.column("File").orElseThrow().get(0));
        client.setBinlogPosition(Long.parseLong(status.column("Position").orElseThrow().get(0)));
        client.setKeepAlive(false);
        BinlogRowEvents events = new BinlogRowEvents(client);
        client.registerEventListener(event -> events.accept(event.getData()));
        try {
            client.connect(CONNECT.toMillis());
        } catch (Exception e) {
            throw new InfrastructureException("the grader could not read the binlog of " + server.endpoint() + ": " + e.getMessage(), e);
        }
        return events;
    }

    private synchronized void accept(EventData data) {
        if (data instanceof TableMapEventData map) {
            tables.put(map.getTableId(), map.getDatabase() + "." + map.getTable());
        } else if (data instanceof UpdateRowsEventData update) {
            updates.add(new Update(tables.getOrDefault(update.getTableId(), "?"),
                    indices(update.getIncludedColumnsBeforeUpdate()), indices(update.getIncludedColumns())));
        }
    }

    private static List<Integer> indices(BitSet columns) {
        List<Integer> indices = new ArrayList<>();
        columns.stream().forEach(indices::add);
        return indices;
    }

    /** The first {@code count} updates of {@code table} read since the start, waiting for them a bounded time. */
    List<Update> awaitUpdates(String table, int count, Duration timeout) {
        try {
            return Wait.forValue(count + " update events of " + table + " in the binlog", timeout,
                    () -> updates.stream().filter(u -> u.table().equals(table)).toList())
                    .until(seen -> seen.size() >= count)
                    .subList(0, count);
        } catch (WaitTimeoutException e) {
            throw new InfrastructureException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            client.disconnect();
        } catch (java.io.IOException e) {
            // the reader is gone either way
        }
    }

    static {
        // the library logs every connect and disconnect at INFO through java.util.logging
        java.util.logging.Logger.getLogger(BinaryLogClient.class.getName()).setLevel(java.util.logging.Level.WARNING);
    }
}
