package io.tuopin.gateway.service;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Reading an upstream answer, and turning every way an upstream can fail into a reason for clients. */
final class Upstreams {
    private Upstreams() {
    }

    /** Runs the call and reads the whole answer; a transport failure is an exception (so a breaker counts it). */
    static UpstreamReply read(String service, Supplier<Response> call) {
        try (Response response = call.get()) {
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            MediaType type = response.getMediaType();
            return new UpstreamReply(response.getStatus(), type == null ? null : type.toString(), body);
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException(service, transportReason(service, e), 5);
        }
    }

    static UpstreamReply failOnServerError(String service, UpstreamReply reply) {
        if (reply.status() >= 500) {
            throw new UpstreamUnavailableException(service, service + " failed to answer (HTTP " + reply.status() + ")", 5);
        }
        return reply;
    }

    /** Runs a fault-tolerant call and names the failing service in what the client will read. */
    static <T> T guard(String service, long breakerDelayMillis, Supplier<T> call) {
        try {
            return call.get();
        } catch (TimeoutException e) {
            throw new UpstreamUnavailableException(service, service + " did not answer in time", 5);
        } catch (CircuitBreakerOpenException e) {
            int seconds = (int) Math.max(1, Math.ceil(breakerDelayMillis / 1000.0));
            throw new UpstreamUnavailableException(service, service
                    + " is failing; calls to it are paused for " + seconds + " s (circuit breaker open)", seconds);
        }
    }

    private static String transportReason(String service, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return service + " is not reachable (connection refused)";
            }
            String name = cause.getClass().getSimpleName().toLowerCase();
            if (name.contains("timeout")) {
                return service + " did not answer in time";
            }
        }
        return service + " could not be reached";
    }
}
