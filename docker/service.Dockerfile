####
# One of the four Quarkus services in JVM mode, from its fast-jar build (target/quarkus-app), with
# the layers of Quarkus' own Dockerfile.jvm: dependencies first, so that a change to the
# application rebuilds only the small top layers. The build context is the service's module.
#
#   ./mvnw -B package -DskipTests
#   docker build -f docker/service.Dockerfile --build-arg HTTP_PORT=8082 -t tuopin/nlp-service nlp-service
#
# docker compose and the container tests do this for every service. Build arguments:
#   JAVA_IMAGE  any image with a Java 17+ runtime on PATH, bash and useradd, whose user is root:
#               eclipse-temurin:17-jre (default), or tuopin-local/jre:17 from bin/offline-images
#               on a machine without an image registry
#   HTTP_PORT   the service's port (QUARKUS_HTTP_PORT); the health check asks it
#
# JAVA_OPTS_APPEND adds JVM options at run time; the heap follows the container's memory limit.
####
ARG JAVA_IMAGE=eclipse-temurin:17-jre
FROM ${JAVA_IMAGE}
ARG HTTP_PORT=8080

USER root
# uid 185 in group root, as in Quarkus' images; /var/lib/tuopin holds state (the ingest inbox)
RUN (id -u 185 >/dev/null 2>&1 || useradd --uid 185 --gid 0 --home-dir /deployments --no-create-home \
        --shell /usr/sbin/nologin quarkus) \
    && mkdir -p /deployments /var/lib/tuopin && chown 185:0 /deployments /var/lib/tuopin \
    && chmod g+rwX /var/lib/tuopin

COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 target/quarkus-app/*.jar /deployments/
COPY --chown=185 target/quarkus-app/app/ /deployments/app/
COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185
WORKDIR /deployments
ENV LANGUAGE='en_US:en' \
    QUARKUS_HTTP_PORT=${HTTP_PORT} \
    JAVA_OPTS="-XX:MaxRAMPercentage=75.0 -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_OPTS_APPEND=""
EXPOSE ${HTTP_PORT}
# ready = GET /q/health/ready answers 200; bash's /dev/tcp, as a JRE base need not have curl
HEALTHCHECK --interval=5s --timeout=5s --start-period=120s --retries=6 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${QUARKUS_HTTP_PORT} && printf 'GET /q/health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar"]
