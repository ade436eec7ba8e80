# tfguard in a container: for the pre-commit docker hook and for CI systems other than GitHub Actions.
#   docker build -t tfguard .
#   docker run --rm -v "$PWD:/src" tfguard .

FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /build
# dependencies first, so that a source change does not download them again
COPY pom.xml ./
RUN mvn -q -B dependency:go-offline
COPY . ./
# the tests run in CI; the image only needs the jar
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
COPY --from=build /build/target/tfguard.jar /opt/tfguard/tfguard.jar
# a command on PATH, so that the pre-commit docker hook can name it as its entry
RUN printf '#!/bin/sh\nexec java -jar /opt/tfguard/tfguard.jar "$@"\n' > /usr/local/bin/tfguard \
    && chmod 755 /usr/local/bin/tfguard
WORKDIR /src
ENTRYPOINT ["tfguard"]
