package dev.cdclab.lab.backend;

import dev.cdclab.i18n.Text;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.Timeouts;
import dev.cdclab.lab.containers.ContainersLab;
import dev.cdclab.lab.containers.DockerProbe;
import dev.cdclab.lab.embedded.EmbeddedLab;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Which lab a grade run gets: {@code -Dlab.backend} (the CLI's {@code --backend}, the JUnit
 * parameter {@code cdclab.backend}) is {@value #EMBEDDED} (the default: no Docker needed),
 * {@value #CONTAINERS} (MySQL 8.4 and the course's images; needs Docker) or {@value #AUTO}
 * (containers when a Docker environment answers, embedded otherwise, with a note for the report).
 * Asking for containers on a machine without Docker fails within seconds, never by hanging.
 *
 * <pre>{@code
 * LabBackends backends = LabBackends.onThisMachine();
 * LabBackends.Choice choice = backends.choose(LabBackends.requested());
 * LabEnvironment lab = backends.start(choice);
 * }</pre>
 */
public final class LabBackends {
    public static final String PROPERTY = "lab.backend";
    public static final String EMBEDDED = "embedded";
    public static final String CONTAINERS = "containers";
    public static final String AUTO = "auto";
    public static final List<String> NAMES = List.of(EMBEDDED, CONTAINERS, AUTO);

    private final DockerProbe docker;
    private final Supplier<LabEnvironment> embedded;
    private final Supplier<LabEnvironment> containers;

    /** Backends with their own Docker probe and lab starters (tests give fakes). */
    public LabBackends(DockerProbe docker, Supplier<LabEnvironment> embedded, Supplier<LabEnvironment> containers) {
        this.docker = docker;
        this.embedded = embedded;
        this.containers = containers;
    }

    /** The real backends, with Testcontainers' bounded search for Docker. */
    public static LabBackends onThisMachine() {
        return new LabBackends(DockerProbe.testcontainers(), EmbeddedLab::start, ContainersLab::shared);
    }

    /** The backend asked for with {@code -Dlab.backend}, or {@value #EMBEDDED}. */
    public static String requested() {
        return System.getProperty(PROPERTY, EMBEDDED);
    }

    /** The backend a run gets, and a note for its report saying why (null when it was asked for by name). */
    public record Choice(String backend, Text note) {
    }

    /**
     * Resolves {@code requested} on this machine, asking for Docker only when it matters.
     *
     * @throws LabStartException for an unknown name, or for containers when no Docker answers
     */
    public Choice choose(String requested) {
        String name = requested == null ? EMBEDDED : requested.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case EMBEDDED -> new Choice(EMBEDDED, null);
            case CONTAINERS -> {
                if (!docker.dockerAnswers()) {
                    throw new LabStartException("containers backend", "it needs Docker, and no Docker environment answered within "
                            + probeSeconds() + " s (Testcontainers looked for DOCKER_HOST, /var/run/docker.sock and Docker Desktop;"
                            + " see lab.log). Start Docker, or grade without it: -Dlab.backend=embedded", null, null);
                }
                yield new Choice(CONTAINERS, null);
            }
            case AUTO -> docker.dockerAnswers()
                    ? new Choice(CONTAINERS, Text.of("lab.note.backend.auto-containers"))
                    : new Choice(EMBEDDED, Text.of("lab.note.backend.auto-embedded", probeSeconds()));
            default -> throw new LabStartException("lab", "backend '" + requested + "' is not known: use one of " + NAMES
                    + " (-D" + PROPERTY + ", --backend)", null, null);
        };
    }

    /** Starts (or, for containers, joins) the lab of {@code choice}. */
    public LabEnvironment start(Choice choice) {
        return CONTAINERS.equals(choice.backend()) ? containers.get() : embedded.get();
    }

    private static long probeSeconds() {
        return Timeouts.scaled(DockerProbe.BOUND).toSeconds();
    }
}
