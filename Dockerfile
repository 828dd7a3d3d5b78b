# Image for the multi-broker deployment (docker-compose.yml): one image, one service per container.
# Build the jars first: ./mvnw -B -DskipTests package
FROM eclipse-temurin:17-jre
WORKDIR /opt/vitae
COPY app/target/lib/ lib/
COPY app/target/vitae.jar vitae.jar
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/vitae/vitae.jar"]
