package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shard gradebooks joined into one. */
class GradebookMergeTest {
    private static final String HEADER = "student,status,gradable,total,max,L04,L04.running,detail\n";

    @Test
    void the_rows_of_every_shard_come_out_under_one_header_sorted_by_student() {
        String merged = GradebookMerge.merge(shards(
                HEADER + "anna,graded,true,2,2,2,2,\nclara,error,,0,0,,,\"the grader crashed: x, y\"\n",
                HEADER + "boris,graded,false,0,2,0,0,\n"));

        assertThat(merged).isEqualTo(HEADER + "anna,graded,true,2,2,2,2,\nboris,graded,false,0,2,0,0,\n"
                + "clara,error,,0,0,,,\"the grader crashed: x, y\"\n");
    }

    @Test
    void a_shard_without_students_adds_nothing() {
        assertThat(GradebookMerge.merge(shards(HEADER + "anna,graded,true,2,2,2,2,\n", HEADER)))
                .isEqualTo(HEADER + "anna,graded,true,2,2,2,2,\n");
    }

    @Test
    void shards_with_other_columns_are_refused_naming_both_and_their_columns() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GradebookMerge.merge(shards(HEADER, "student,status,gradable,total,max,L05,detail\n")))
                .withMessageStartingWith("shard-2/gradebook.csv has the columns [student, status, gradable, total, max, L05, detail]"
                        + " where shard-1/gradebook.csv has [student, status, gradable, total, max, L04, L04.running, detail]");
    }

    @Test
    void a_student_in_two_shards_is_refused_naming_both() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GradebookMerge.merge(shards(HEADER + "anna,graded,true,2,2,2,2,\n", HEADER + "anna,graded,true,2,2,2,2,\n")))
                .withMessageStartingWith("student anna is in both shard-1/gradebook.csv and shard-2/gradebook.csv");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradebookMerge.merge(shards(HEADER, "")))
                .withMessage("shard-2/gradebook.csv is empty: expected a header line");
    }

    private static Map<String, String> shards(String... gradebooks) {
        Map<String, String> shards = new LinkedHashMap<>();
        for (int i = 0; i < gradebooks.length; i++) {
            shards.put("shard-" + (i + 1) + "/gradebook.csv", gradebooks[i]);
        }
        return shards;
    }
}
