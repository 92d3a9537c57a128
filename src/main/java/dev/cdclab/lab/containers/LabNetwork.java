package dev.cdclab.lab.containers;

import com.github.dockerjava.api.DockerClient;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;

/**
 * The lab's container network. Without reuse it is a fresh network that Testcontainers removes
 * with the containers. With reuse it is one named network, {@value #REUSED_NAME}, found or created
 * and never removed: a reused container is found again by a hash of its definition, which includes
 * its network, so a new network each run would leave the old containers running and start new ones.
 *
 * <pre>{@code
 * Network network = LabNetwork.create(reuse);
 * }</pre>
 */
final class LabNetwork {
    static final String REUSED_NAME = "cdclab-lab";

    private LabNetwork() {
    }

    static Network create(boolean reuse) {
        return reuse ? new Named(REUSED_NAME) : Network.newNetwork();
    }

    /** A network found by its name, created if missing, and left in place on {@link #close()}. */
    private static final class Named implements Network {
        private final String name;
        private String id;

        Named(String name) {
            this.name = name;
        }

        @Override
        public synchronized String getId() {
            if (id == null) {
                DockerClient docker = DockerClientFactory.instance().client();
                id = docker.listNetworksCmd().withNameFilter(name).exec().stream()
                        .filter(network -> name.equals(network.getName()))
                        .map(com.github.dockerjava.api.model.Network::getId)
                        .findFirst()
                        .orElseGet(() -> docker.createNetworkCmd().withName(name).withCheckDuplicate(true)
                                .withLabels(DockerClientFactory.DEFAULT_LABELS).exec().getId());
            }
            return id;
        }

        @Override
        public void close() {
            // kept for the next run: the reused containers stay attached to it
        }
    }
}
