package dev.vitae.schemas.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Option;

/** {@code --metrics-port} and {@code --metrics-host} of a service run alone: where {@link MetricsServer} listens, if anywhere. */
public final class MetricsOptions {
    public static final String DEFAULT_HOST = "0.0.0.0";

    @Option(names = "--metrics-port", defaultValue = "" + MetricsServer.OFF, paramLabel = "PORT",
            description = "Serve GET /metrics (Prometheus) and GET /health on this port; -1 (default) serves none, 0 any free port.")
    int port = MetricsServer.OFF;

    @Option(names = "--metrics-host", defaultValue = DEFAULT_HOST, paramLabel = "HOST",
            description = "Address of the metrics port (default: ${DEFAULT-VALUE}, for a scraper on another host).")
    String host = DEFAULT_HOST;

    /** The server, or null when no port was asked for. */
    public MetricsServer start(PrometheusMeterRegistry registry, BooleanSupplier ready) throws IOException {
        return port == MetricsServer.OFF ? null : MetricsServer.start(host, port, registry, ready);
    }
}
