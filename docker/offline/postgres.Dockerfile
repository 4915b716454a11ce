####
# PostgreSQL 15 from Debian bookworm, for machines that reach a Debian mirror but no image registry:
# the stand-in for the official postgres:15 image, with its contract (POSTGRES_PASSWORD,
# POSTGRES_USER, POSTGRES_DB, data in /var/lib/postgresql/data, server arguments as the command).
# bin/offline-images builds it on the base it imports from debootstrap.
####
ARG DEBIAN_IMAGE=tuopin-local/debian:bookworm
FROM ${DEBIAN_IMAGE}
# no cluster at install time (as in the official image): the entrypoint creates one on first start
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-common >/dev/null \
    && sed -ri 's/#(create_main_cluster) .*$/\1 = false/' /etc/postgresql-common/createcluster.conf \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null \
    && apt-get clean && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
    && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql \
    && chmod 700 /var/lib/postgresql/data
ENV PATH=/usr/lib/postgresql/15/bin:$PATH \
    PGDATA=/var/lib/postgresql/data \
    LANG=C.UTF-8
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
USER postgres
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
CMD ["postgres"]
