package io.tuopin.e2e;

import com.github.dockerjava.api.command.InspectContainerResponse;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits for the image's own health check, like {@code Wait.forHealthcheck()}, but gives up as soon as
 * the container has exited instead of waiting out the whole startup timeout.
 */
final class HealthyOrExited extends AbstractWaitStrategy {

    @Override
    protected void waitUntilReady() {
        String id = waitStrategyTarget.getContainerId();
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            InspectContainerResponse.ContainerState state =
                    DockerClientFactory.instance().client().inspectContainerCmd(id).exec().getState();
            if (!Boolean.TRUE.equals(state.getRunning())) {
                throw new ContainerLaunchException("container exited with code " + state.getExitCodeLong()
                        + " before it was healthy; its log is under e2e-tests/target/containers-*");
            }
            if (state.getHealth() != null && "healthy".equals(state.getHealth().getStatus())) {
                return;
            }
            sleep();
        }
        throw new ContainerLaunchException("container not healthy within " + startupTimeout);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContainerLaunchException("interrupted while waiting for the container", e);
        }
    }
}
