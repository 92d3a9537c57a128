package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import dev.cdclab.i18n.Text;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.LabUnreachableException;
import dev.cdclab.lab.NamedLab;
import dev.cdclab.lab.backend.LabBackends;
import org.junit.jupiter.api.Test;

/**
 * How a run gets its lab from the backend it asks for, on a machine without Docker (the probe is
 * the test's): containers fail the run's checks as the lab's fault, auto falls back with a note.
 */
class SharedLabTest {
    private final LabEnvironment embedded = NamedLab.named("embedded");
    private final LabBackends withoutDocker = new LabBackends(() -> false, () -> embedded,
            () -> fail("containers must not be started without Docker"));

    @Test
    void containers_without_docker_make_every_check_an_infrastructure_error_with_the_reason() {
        LabExtension.SharedLab shared = LabExtension.SharedLab.start("containers", withoutDocker);

        InfrastructureException failure = catchThrowableOfType(InfrastructureException.class, shared::lab);
        assertThat(failure).as("an InfrastructureException (the report becomes not gradable)").isNotNull();
        assertThat(failure.getMessage()).startsWith("containers backend did not start: it needs Docker");
        assertThat(shared.backend()).as("the backend the report names").isEqualTo("containers");
        shared.close(); // JUnit closes the root store: a lab that never started has nothing to stop
    }

    @Test
    void auto_without_docker_runs_on_the_embedded_lab_with_a_note_for_the_report() {
        LabExtension.SharedLab shared = LabExtension.SharedLab.start("auto", withoutDocker);

        assertThat(shared.lab()).isSameAs(embedded);
        assertThat(shared.backend()).isEqualTo("embedded");
        assertThat(shared.note()).isEqualTo(Text.of("lab.note.backend.auto-embedded", 5L));
    }

    @Test
    void a_backend_asked_for_by_name_has_no_note() {
        assertThat(LabExtension.SharedLab.start("embedded", withoutDocker).note()).isNull();
    }

    @Test
    void once_a_check_found_a_lab_server_gone_every_later_check_is_the_labs_error_naming_the_first_fault() {
        // GIVEN a started lab, and a check that found Kafka gone, then another check that found Connect gone
        LabExtension.SharedLab shared = LabExtension.SharedLab.start("embedded", withoutDocker);
        shared.faulted("L04.streaming.insert-update-delete",
                new LabUnreachableException("Kafka", "127.0.0.1:9092", "no topic metadata for 10 s", null));
        shared.faulted("L04.snapshot-mode.first-deployment",
                new LabUnreachableException("Kafka Connect REST API", "http://127.0.0.1:8083/", "GET /connectors", null));

        // WHEN a later check asks for the lab
        InfrastructureException failure = catchThrowableOfType(InfrastructureException.class, shared::lab);

        // THEN it ends at once as the lab's error, naming the check and the server of the first fault
        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).isEqualTo("not run: the lab failed earlier in this run, in L04.streaming.insert-update-delete:"
                + " Kafka at 127.0.0.1:9092 stopped answering (no topic metadata for 10 s)");
    }
}
