package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.cli.CliRun;
import dev.cdclab.lab.embedded.Directories;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each connector-config attack of issue 16, graded in ONE batch on one shared lab, each followed
 * by a copy of solutions/ that must get full points: nothing an attacker's connector config asks
 * for (SQL as root, SQL through a heartbeat or the initial statements, 9000 partitions, a huge
 * tasks.max, a name Connect trims) reaches the lab or survives into the next student's grade. The
 * attacker with a leading space in the name is graded under the name Connect stored, at full
 * points, and no connector of it is left after its checks (else the batch reports a lab error).
 */
class ConnectorAttackBatchIT {
    private static final Path SOLUTIONS = Path.of("solutions");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Attack → the keys it sets in lesson04/connector.json ("name" sets the connector's name). */
    private static final Map<String, Map<String, String>> ATTACKS = new LinkedHashMap<>();

    static {
        ATTACKS.put("root", Map.of("database.user", "root", "database.password", ""));
        ATTACKS.put("heartbeat-set-global", Map.of("heartbeat.interval.ms", "1000",
                "heartbeat.action.query", "SET GLOBAL binlog_format='STATEMENT'"));
        ATTACKS.put("initial-statements", Map.of("database.initial.statements", "SET GLOBAL binlog_format='STATEMENT'"));
        ATTACKS.put("partitions-9000", Map.of("topic.creation.default.partitions", "9000", "topic.creation.default.replication.factor", "1"));
        ATTACKS.put("tasks-max", Map.of("tasks.max", "2147483647"));
        ATTACKS.put("leading-space-name", Map.of("name", " mysql-inventory-connector"));
    }

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;

    @AfterEach
    void restoreConsole() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void every_victim_after_a_connector_config_attacker_gets_full_points() throws IOException {
        Path submissions = temp.resolve("submissions");
        Path out = temp.resolve("out");
        int n = 0;
        for (var attack : ATTACKS.entrySet()) {
            n++;
            Path attacker = copy(SOLUTIONS, submissions.resolve(String.format("%02d-a-%s", n, attack.getKey())));
            set(attacker.resolve("lesson04/connector.json"), attack.getValue());
            copy(SOLUTIONS, submissions.resolve(String.format("%02d-v-victim", n)));
        }

        int code = cli.execute("batch", "--submissions=" + submissions, "--out=" + out, "--lesson=L04", "--lang=en");
        Files.writeString(Files.createDirectories(Path.of("target/batch-it")).resolve("attacks-progress.txt"), cli.stderr());

        assertThat(code).as(cli.stderr()).isZero();
        List<List<String>> lines = Csv.parse(Files.readString(out.resolve(BatchRun.GRADEBOOK)));
        List<String> header = lines.get(0);
        assertThat(lines).hasSize(1 + 2 * ATTACKS.size());
        for (List<String> row : lines.subList(1, lines.size())) {
            String student = row.get(0);
            String total = row.get(header.indexOf("total"));
            String max = row.get(header.indexOf("max"));
            assertThat(row.get(header.indexOf("status"))).as(student).isEqualTo("graded");
            assertThat(row.get(header.indexOf("gradable"))).as("%s: no lab error", student).isEqualTo("true");
            if (student.contains("-v-") || student.endsWith("leading-space-name")) {
                assertThat(total).as("%s after an attacker: full points", student).isEqualTo(max);
            } else {
                assertThat(Double.parseDouble(total)).as("%s is refused", student).isLessThan(Double.parseDouble(max));
            }
        }
    }

    private static void set(Path connector, Map<String, String> keys) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(connector.toFile());
        keys.forEach((key, value) -> {
            if (key.equals("name")) {
                json.put("name", value);
            } else {
                ((ObjectNode) json.get("config")).put(key, value);
            }
        });
        Files.writeString(connector, json.toPrettyString());
    }

    private static Path copy(Path from, Path to) throws IOException {
        Directories.copyTree(from, to);
        return to;
    }
}
