package dev.cdclab.lab.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdclab.lab.CdcUsers;
import dev.cdclab.lab.ConfiguredBinlogServer;
import dev.cdclab.lab.ServerOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lab's servers as an attacker who knows every course and default account would try them over
 * TCP: no administrator login without the grader's password of this start, the course's CDC users
 * as the course has them and no more, no file or program of the machine within reach, every server
 * process unprivileged and gone with its grader even after {@code kill -9}.
 */
class LabSecurityIT {
    private static EmbeddedLab lab;

    @BeforeAll
    static void startLab() {
        lab = EmbeddedLab.start();
    }

    @AfterAll
    static void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void mariadbsRootAdmitsNoGuessedPassword() {
        for (String guess : List.of("", "root", "debezium", "mysql", "password")) {
            assertThatThrownBy(() -> lab.binlog().open("root", guess, "").close()).as("root / '%s'", guess)
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
    }

    @Test
    void aLessonsOwnMariadbAdmitsNoRootLoginEither() {
        try (ConfiguredBinlogServer server = lab.startBinlogServer("attack",
                new ServerOptions(Map.of("log_bin", "mysql-bin", "binlog_format", "ROW")))) {
            assertThatThrownBy(() -> server.open("root", "", "").close()).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theCourseCdcUserReadsTheBinlogButNoFileAndNoGlobalSetting() throws Exception {
        try (Connection cdc = lab.binlog().open(CdcUsers.NAME, CdcUsers.PASSWORD, ""); Statement statement = cdc.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT LOAD_FILE('/etc/passwd')")) {
                rs.next();
                assertThat(rs.getString(1)).isNull();
            }
            assertThatThrownBy(() -> statement.execute("SELECT 1 INTO OUTFILE '/tmp/cdclab-attack'")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("SET GLOBAL binlog_format = 'STATEMENT'")).isInstanceOf(SQLException.class);
        }
        try (Connection admin = lab.binlog().openAdmin(""); Statement statement = admin.createStatement();
             ResultSet rs = statement.executeQuery("SELECT @@secure_file_priv, @@local_infile")) {
            rs.next();
            Path allowed = Path.of(rs.getString(1));
            assertThat(allowed).isEmptyDirectory();
            assertThat(rs.getInt(2)).isZero();
        }
        assertThat(Path.of("/tmp/cdclab-attack")).doesNotExist();
    }

    @Test
    void postgresAdmitsNoSuperuserLoginWithoutTheGradersPassword() {
        for (String guess : List.of("", "postgres", "debezium", "password")) {
            assertThatThrownBy(() -> lab.postgres().open("postgres", guess, "postgres").close()).as("postgres / '%s'", guess)
                    // an empty password is not even sent: the server asked for scram
                    .isInstanceOf(SQLException.class).hasMessageMatching("(?s).*(password authentication failed|SCRAM-based authentication).*");
        }
    }

    @Test
    void postgresTakesTheCourseRoleByScramAndItReachesNoProgramOrFile() throws Exception {
        assertThatThrownBy(() -> lab.postgres().open(CdcUsers.NAME, "wrong", "postgres").close()).isInstanceOf(SQLException.class);
        try (Connection cdc = lab.postgres().open(CdcUsers.NAME, CdcUsers.PASSWORD, "postgres");
             Statement statement = cdc.createStatement()) {
            assertThatThrownBy(() -> statement.execute("COPY (SELECT 1) TO PROGRAM 'id'")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("SELECT pg_read_file('/etc/passwd')")).isInstanceOf(SQLException.class);
        }
        try (Connection admin = lab.postgres().openAdmin("postgres"); Statement statement = admin.createStatement();
             ResultSet rs = statement.executeQuery("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '"
                     + CdcUsers.NAME + "'")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the course role's password is stored as scram").isTrue();
        }
    }

    @Test
    void asRootEveryServerRunsAsNobody() throws IOException {
        if (!OperatingSystem.runningAsRoot()) {
            return;
        }
        for (ServerProcess server : List.of(((EmbeddedMariaDb) lab.binlog()).process(), ((EmbeddedPostgres) lab.postgres()).process())) {
            assertThat(uidOf(server.pid())).as(server.name()).isEqualTo(OperatingSystem.UNPRIVILEGED_ID);
        }
    }

    @Test
    void theServersOfAGraderKilledWithSigkillDieWithIt() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LabHolder.class.getName())
                .redirectErrorStream(true).start();
        List<Long> servers = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                if (line.startsWith("pid ")) {
                    servers.add(Long.parseLong(line.substring(4)));
                }
            }
            assertThat(servers).as("the holder's server processes").hasSize(2);
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Awaitility.await("the killed grader's servers to die with it").atMost(Duration.ofSeconds(10))
                    .until(() -> servers.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                            && !isZombie(pid)));
        } finally {
            holder.destroyForcibly();
        }
    }

    private static int uidOf(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("Uid:"))
                .map(l -> Integer.parseInt(l.split("\\s+")[1])).findFirst().orElse(-1);
    }

    private static boolean isZombie(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().anyMatch(l -> l.startsWith("State:") && l.contains("Z"));
        } catch (IOException gone) {
            return true;
        }
    }

    /** A grader stand-in: starts a lab, prints its servers' pids and "ready", then waits to be killed. */
    public static final class LabHolder {
        public static void main(String[] args) throws InterruptedException {
            EmbeddedLab held = EmbeddedLab.start();
            System.out.println("pid " + ((EmbeddedMariaDb) held.binlog()).process().pid());
            System.out.println("pid " + ((EmbeddedPostgres) held.postgres()).process().pid());
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
