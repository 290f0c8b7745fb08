# The Readout services as one image: `docker run readout:dev run ingest|extract|sink`.
# Build the jar first (./readout build); the image only packages cli/target/readout.jar.
FROM eclipse-temurin:21-jre

RUN groupadd --system readout && useradd --system --gid readout --home-dir /opt/readout readout \
    && mkdir -p /opt/readout /var/lib/readout/state && chown -R readout:readout /var/lib/readout
COPY cli/target/readout.jar /opt/readout/readout.jar

USER readout
WORKDIR /opt/readout
ENV READOUT_STATE_DIR=/var/lib/readout/state
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Dreadout.home=/opt/readout", "-jar", "/opt/readout/readout.jar"]
CMD ["--help"]
