package dev.vitae.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vitae up}: local mode until Ctrl-C or SIGTERM. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start an embedded Kafka broker, the extractor, enricher and sink, and the store, in this JVM.")
public final class UpCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "${env:VITAE_DATA:-data}", description = "State directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Client port of the embedded broker (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int kafkaPort;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port of the API and uploads (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address the HTTP server binds (default: ${DEFAULT-VALUE}); any other than loopback needs a token.")
    String host;

    @Option(names = "--token", defaultValue = "${env:" + HttpSettings.TOKEN_ENV + "}",
            description = "Bearer token the HTTP API and uploads require (default: $" + HttpSettings.TOKEN_ENV + "; none: no token)."
                    + " Prefer the variable: a command line is visible to other local users.")
    String token;

    @Mixin
    dev.vitae.sink.StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        LocalStack stack = LocalStack.start(data, kafkaPort,
                HttpSettings.DEFAULTS.withHost(host).withPort(port).withToken(token), storeOptions.config(data));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "vitae-shutdown"));
        stack.awaitReady(Duration.ofMinutes(2));
        System.out.printf("Vitae is up: Kafka at %s, API at http://%s:%d/ (health, profiles, uploads, openapi.json), data in %s. Ctrl-C stops.%n",
                stack.bootstrapServers(), host, stack.httpPort(), data.toAbsolutePath());
        System.out.flush();
        stopped.await();
        return 0;
    }
}
