package dev.cdclab.lab.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import dev.cdclab.i18n.Text;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.NamedLab;
import dev.cdclab.lab.containers.DockerProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Backend selection with the Docker probe under the test's control: no Docker and no server is needed. */
class LabBackendsTest {
    private static final DockerProbe DOCKER = () -> true;
    private static final DockerProbe NO_DOCKER = () -> false;
    private static final DockerProbe NOT_ASKED = () -> fail("Docker must not be asked for");

    @Test
    void embedded_is_the_default_and_never_asks_for_docker() {
        assertThat(backends(NOT_ASKED).choose("embedded")).isEqualTo(new LabBackends.Choice("embedded", null));
        assertThat(backends(NOT_ASKED).choose(null)).isEqualTo(new LabBackends.Choice("embedded", null));
    }

    @Test
    void the_requested_backend_is_the_lab_backend_property_or_embedded() {
        String before = System.getProperty(LabBackends.PROPERTY);
        try {
            System.clearProperty(LabBackends.PROPERTY);
            assertThat(LabBackends.requested()).isEqualTo("embedded");
            System.setProperty(LabBackends.PROPERTY, "auto");
            assertThat(LabBackends.requested()).isEqualTo("auto");
        } finally {
            restore(before);
        }
    }

    @Test
    void containers_with_docker_are_containers_without_a_note() {
        assertThat(backends(DOCKER).choose("containers")).isEqualTo(new LabBackends.Choice("containers", null));
    }

    @Test
    void containers_without_docker_end_at_once_with_a_message_that_says_what_to_do() {
        long began = System.nanoTime();
        LabStartException failure = catchThrowableOfType(LabStartException.class, () -> backends(NO_DOCKER).choose("containers"));

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(1));
        assertThat(failure).as("a LabStartException").isNotNull();
        assertThat(failure.getMessage())
                .startsWith("containers backend did not start: it needs Docker, and no Docker environment answered within 5 s")
                .contains("Start Docker, or grade without it: -Dlab.backend=embedded")
                .doesNotContain("\n");
    }

    @Test
    void auto_picks_containers_when_docker_answers_with_a_note_for_the_report() {
        assertThat(backends(DOCKER).choose("auto"))
                .isEqualTo(new LabBackends.Choice("containers", Text.of("lab.note.backend.auto-containers")));
    }

    @Test
    void auto_falls_back_to_embedded_without_docker_with_a_note_naming_the_bound() {
        assertThat(backends(NO_DOCKER).choose("auto"))
                .isEqualTo(new LabBackends.Choice("embedded", Text.of("lab.note.backend.auto-embedded", 5L)));
    }

    @Test
    void names_are_read_without_case_or_surrounding_spaces() {
        assertThat(backends(DOCKER).choose(" Containers ").backend()).isEqualTo("containers");
    }

    @Test
    void an_unknown_backend_is_refused_quoting_it_and_naming_the_backends_there_are() {
        LabStartException failure = catchThrowableOfType(LabStartException.class, () -> backends(NOT_ASKED).choose("docker"));

        assertThat(failure.getMessage()).contains("backend 'docker' is not known").contains("[embedded, containers, auto]");
    }

    @Test
    void a_choice_starts_the_lab_of_its_backend() {
        LabEnvironment embedded = NamedLab.named("embedded");
        LabEnvironment containers = NamedLab.named("containers");
        LabBackends backends = new LabBackends(NO_DOCKER, () -> embedded, () -> containers);

        assertThat(backends.start(backends.choose("auto"))).isSameAs(embedded);
        assertThat(backends.start(new LabBackends.Choice("containers", null))).isSameAs(containers);
    }

    private static LabBackends backends(DockerProbe docker) {
        return new LabBackends(docker, () -> fail("no lab is started here"), () -> fail("no lab is started here"));
    }

    private static void restore(String value) {
        if (value == null) {
            System.clearProperty(LabBackends.PROPERTY);
        } else {
            System.setProperty(LabBackends.PROPERTY, value);
        }
    }
}
