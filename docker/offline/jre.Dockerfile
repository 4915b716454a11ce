####
# A Java 17 runtime on Debian bookworm, for machines that reach a Debian mirror but no image
# registry: the stand-in for eclipse-temurin:17-jre. bin/offline-images builds it on the base it
# imports from debootstrap.
####
ARG DEBIAN_IMAGE=tuopin-local/debian:bookworm
FROM ${DEBIAN_IMAGE}
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null \
    && apt-get clean && rm -rf /var/lib/apt/lists/*
ENV LANG=C.UTF-8
