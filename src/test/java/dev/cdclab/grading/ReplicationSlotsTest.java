package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slot names: each check's connector gets its own, and a name PostgreSQL would refuse stays the student's. */
class ReplicationSlotsTest {

    @Test
    void a_valid_name_gets_the_checks_suffix_in_the_characters_a_slot_name_may_have() {
        assertThat(ReplicationSlots.isolatedName("debezium", "k3x9-c7")).isEqualTo("debezium_k3x9_c7");
    }

    @Test
    void two_checks_never_share_a_slot() {
        assertThat(ReplicationSlots.isolatedName("debezium", "run-1")).isNotEqualTo(ReplicationSlots.isolatedName("debezium", "run-2"));
    }

    @Test
    void a_long_name_is_cut_so_that_the_slot_name_stays_within_63_characters_and_keeps_its_suffix() {
        String name = ReplicationSlots.isolatedName("a".repeat(63), "k3x9-c7");

        assertThat(name).hasSize(63).endsWith("_k3x9_c7").matches("[a-z0-9_]+");
    }

    @Test
    void a_name_postgresql_refuses_is_left_as_written_so_that_the_student_reads_the_servers_error() {
        // upper case and dashes are not allowed in a slot name: appending would hide the mistake
        assertThat(ReplicationSlots.isolatedName("Debezium-Slot", "k3x9-c7")).isEqualTo("Debezium-Slot");
        assertThat(ReplicationSlots.isolatedName("", "k3x9-c7")).isEmpty();
    }
}
