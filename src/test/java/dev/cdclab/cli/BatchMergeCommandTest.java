package dev.cdclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch-merge}: shard gradebooks in, one gradebook out. */
class BatchMergeCommandTest {
    private static final String HEADER = "student,status,gradable,total,max,L04,detail\n";

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    @Test
    void shard_gradebooks_are_joined_into_the_out_file() throws IOException {
        Path first = Files.writeString(temp.resolve("shard-1.csv"), HEADER + "clara,graded,true,2,2,2,\n");
        Path second = Files.writeString(temp.resolve("shard-2.csv"), HEADER + "anna,graded,true,1,2,1,\n");
        Path out = temp.resolve("merged/gradebook.csv");

        assertThat(cli.execute("batch-merge", "--out=" + out, first.toString(), second.toString())).isZero();

        assertThat(Files.readString(out)).isEqualTo(HEADER + "anna,graded,true,1,2,1,\nclara,graded,true,2,2,2,\n");
        assertThat(cli.stdout()).isEqualTo("merged 2 gradebooks (2 students) into " + out + "\n");
    }

    @Test
    void a_missing_shard_is_a_usage_error_and_nothing_is_written() {
        Path out = temp.resolve("gradebook.csv");

        assertThat(cli.execute("batch-merge", "--out=" + out, temp.resolve("shard-9.csv").toString())).isEqualTo(ExitCode.USAGE.code());

        assertThat(cli.stderr()).startsWith("batch-merge: ").contains("shard-9.csv");
        assertThat(out).doesNotExist();
    }
}
