package dev.cdclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.QuizFeedback;
import dev.cdclab.i18n.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A field holds a position when its value is one on the server, read around the change. */
class SourcePositionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Postgres connector's source as Debezium 3.5 writes it, around WAL positions 26 000 000 .. 26 000 500. */
    private static final String PG_SOURCE = "{\"version\":\"3.5.0.Final\",\"connector\":\"postgresql\",\"ts_ms\":1795752000000,"
            + "\"snapshot\":\"false\",\"db\":\"inventory\",\"sequence\":\"[\\\"25999000\\\",\\\"26000200\\\"]\",\"schema\":\"inventory\","
            + "\"table\":\"customers\",\"txId\":777,\"lsn\":26000200,\"xmin\":null}";
    private static final SourcePositions.Truth WAL = new SourcePositions.WalRange(26_000_000L, 26_000_500L);
    /** A MariaDB connector's source, the change between mysql-bin.000003:1200 and :1650. */
    private static final String BINLOG_SOURCE = "{\"connector\":\"mariadb\",\"ts_ms\":1795752000000,\"snapshot\":\"false\","
            + "\"db\":\"inventory\",\"table\":\"customers\",\"server_id\":1,\"gtid\":\"0-1-57\",\"file\":\"mysql-bin.000003\","
            + "\"pos\":1234,\"row\":0,\"thread\":12,\"query\":null}";
    private static final SourcePositions.Truth BINLOG = new SourcePositions.BinlogRange("mysql-bin.000003", 1200, "mysql-bin.000003", 1650, "0-1-57");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void the_lsn_and_the_sequence_hold_the_wal_position_and_the_transaction_id_and_timestamp_do_not() throws Exception {
        JsonNode source = json(PG_SOURCE);

        assertThat(WAL.isPosition(source.get("lsn"))).isTrue();
        assertThat(WAL.isPosition(source.get("sequence"))).isTrue();
        assertThat(WAL.isPosition(source.get("txId"))).isFalse();
        assertThat(WAL.isPosition(source.get("ts_ms"))).isFalse();
        assertThat(WAL.isPosition(source.get("xmin"))).isFalse();
    }

    @Test
    void the_file_the_offset_and_the_gtid_hold_the_binlog_position_and_the_row_thread_and_server_id_do_not() throws Exception {
        JsonNode source = json(BINLOG_SOURCE);

        assertThat(List.of("file", "pos", "gtid")).allMatch(f -> BINLOG.isPosition(source.get(f)));
        assertThat(List.of("row", "thread", "server_id", "ts_ms", "query", "db")).noneMatch(f -> BINLOG.isPosition(source.get(f)));
    }

    @Test
    void a_gtid_is_in_the_executed_set_of_mariadb_or_mysql() {
        assertThat(SourcePositions.gtidIn("0-1-57", "0-1-57")).isTrue();
        assertThat(SourcePositions.gtidIn("0-1-58", "0-1-57")).isFalse();
        assertThat(SourcePositions.gtidIn("3E11FA47-71CA-11E1-9E33-C80AA9429562:23",
                "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-57,\n4f22fa47-71ca-11e1-9e33-c80aa9429562:1-3")).isTrue();
        assertThat(SourcePositions.gtidIn("3e11fa47-71ca-11e1-9e33-c80aa9429562:99", "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-57")).isFalse();
        assertThat(SourcePositions.gtidIn("mysql-bin.000003", "0-1-57")).isFalse();
    }

    @Test
    void the_reference_answers_are_accepted() throws Exception {
        assertThatCode(() -> SourcePositions.expect("p.json", "postgresql", json("[\"lsn\"]"), json(PG_SOURCE), WAL, List.of("lsn")))
                .doesNotThrowAnyException();
        assertThatCode(() -> SourcePositions.expect("p.json", "mysql", json("[\"file\", \"source.pos\", \"gtid\"]"), json(BINLOG_SOURCE),
                BINLOG, List.of("file", "pos"))).doesNotThrowAnyException();
    }

    @Test
    void a_field_the_event_does_not_have_is_refused_naming_only_the_students_field_never_the_events_fields() {
        assertThatThrownBy(() -> SourcePositions.expect("p.json", "mysql", json("[\"binlog_file\", \"pos\"]"), json(BINLOG_SOURCE),
                BINLOG, List.of("file", "pos")))
                .isInstanceOf(CheckFailure.class)
                .satisfies(f -> assertThat(((CheckFailure) f).summary().key()).isEqualTo("L02.positions.no-field"))
                .satisfies(f -> assertThat(((CheckFailure) f).expected()).isEqualTo(Text.of(QuizFeedback.EXPECTED)))
                .satisfies(f -> assertThat(((CheckFailure) f).getMessage()).contains("binlog_file").doesNotContainPattern("\\b(file|gtid)\\b"));
    }

    @Test
    void a_field_that_is_there_but_holds_no_position_is_refused() {
        assertThatThrownBy(() -> SourcePositions.expect("p.json", "postgresql", json("[\"txId\"]"), json(PG_SOURCE), WAL, List.of("lsn")))
                .isInstanceOf(CheckFailure.class)
                .satisfies(f -> assertThat(((CheckFailure) f).summary().key()).isEqualTo("L02.positions.not-a-position"));
    }

    @Test
    void an_answer_without_the_fields_the_connector_cannot_do_without_is_refused() {
        assertThatThrownBy(() -> SourcePositions.expect("p.json", "mysql", json("[\"gtid\"]"), json(BINLOG_SOURCE), BINLOG,
                List.of("file", "pos")))
                .isInstanceOf(CheckFailure.class)
                // two required fields are not named: the count is told, never their names
                .satisfies(f -> assertThat(((CheckFailure) f).summary().args()).containsExactly("p.json", "mysql", 2L))
                .satisfies(f -> assertThat(((CheckFailure) f).getMessage()).contains("2 are missing").doesNotContainPattern("\\b(file|pos)\\b"));
        assertThatThrownBy(() -> SourcePositions.expect("p.json", "mysql", json("\"file\""), json(BINLOG_SOURCE), BINLOG,
                List.of("file", "pos")))
                .satisfies(f -> assertThat(((CheckFailure) f).summary().key()).isEqualTo("L02.positions.shape"));
    }
}
