####
# The project's Apache Kafka broker (KRaft, combined broker and controller): kafka-local's
# LocalKafkaBroker on Apache Kafka's own Maven artifacts, the same launcher and settings as the local
# run. The build context is the kafka-local module.
#
#   ./mvnw -B package -DskipTests -pl kafka-local -am
#   docker build -f docker/kafka.Dockerfile -t tuopin/kafka kafka-local
#
# One node by default; a node of a quorum takes KAFKA_NODE_ID, KAFKA_ADVERTISED_HOST,
# KAFKA_CONTROLLER_QUORUM_VOTERS, KAFKA_CLUSTER_ID, KAFKA_REPLICATION_FACTOR and
# KAFKA_MIN_INSYNC_REPLICAS (see BrokerNode and docker-compose.cluster.yml). The command names the
# main class, so the same image runs the topic creation job:
#   docker run --rm tuopin/kafka io.tuopin.kafka.local.TopicInitializer kafka:9092 6 1
#
# Build argument JAVA_IMAGE: as for docker/service.Dockerfile.
####
ARG JAVA_IMAGE=eclipse-temurin:17-jre
FROM ${JAVA_IMAGE}

USER root
RUN (id -u 185 >/dev/null 2>&1 || useradd --uid 185 --gid 0 --home-dir /opt/kafka --no-create-home \
        --shell /usr/sbin/nologin kafka) \
    && mkdir -p /opt/kafka /var/lib/kafka && chown 185:0 /var/lib/kafka

COPY target/lib/ /opt/kafka/lib/
COPY target/kafka-local-*.jar /opt/kafka/

USER 185
WORKDIR /opt/kafka
ENV KAFKA_CLASSPATH="/opt/kafka/*:/opt/kafka/lib/*" \
    KAFKA_DATA_DIR=/var/lib/kafka \
    KAFKA_LISTEN_HOST=0.0.0.0 \
    KAFKA_ADVERTISED_HOST=kafka \
    JAVA_OPTS="-Xms256m -Xmx512m"
EXPOSE 9092 9093
# LocalKafkaBroker writes this file once the broker answers (and has created the topics, if it does)
HEALTHCHECK --interval=5s --timeout=3s --start-period=120s --retries=6 CMD ["test", "-f", "/var/lib/kafka/ready"]
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -cp \"$KAFKA_CLASSPATH\" \"$@\"", "java"]
CMD ["io.tuopin.kafka.local.LocalKafkaBroker"]
