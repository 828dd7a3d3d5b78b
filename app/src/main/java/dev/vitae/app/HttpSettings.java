package dev.vitae.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Settings of the HTTP server, each declared here once with its default.
 *
 * @param host          address to bind; anything but a loopback address needs a token
 * @param port          0 for any free port
 * @param token         bearer token every request but {@code /health} and {@code /openapi.json} must carry; null for none
 * @param idleTimeout   a connection that sends nothing for this long is closed, also half-way through a request
 * @param maxThreads    Jetty's worker pool; idle and slow connections hold no worker while they send nothing
 * @param minRequestDataRate bytes per second below which a request body being read is abandoned (slow uploads)
 * @param maxUploadBytes largest {@code POST /uploads} request, all files and multipart framing together
 * @param maxUploadFiles most files in one {@code POST /uploads}
 */
public record HttpSettings(String host, int port, String token, Duration idleTimeout, int maxThreads, long minRequestDataRate,
                           long maxUploadBytes, int maxUploadFiles) {
    public static final String TOKEN_ENV = "VITAE_HTTP_TOKEN";

    public static final HttpSettings DEFAULTS = new HttpSettings("127.0.0.1", 8080, null, Duration.ofSeconds(30), 64, 1024,
            64L * 1024 * 1024, 20);

    public HttpSettings {
        token = token == null || token.isBlank() ? null : token.strip();
    }

    public HttpSettings withHost(String h) {
        return new HttpSettings(h, port, token, idleTimeout, maxThreads, minRequestDataRate, maxUploadBytes, maxUploadFiles);
    }

    public HttpSettings withPort(int p) {
        return new HttpSettings(host, p, token, idleTimeout, maxThreads, minRequestDataRate, maxUploadBytes, maxUploadFiles);
    }

    public HttpSettings withToken(String t) {
        return new HttpSettings(host, port, t, idleTimeout, maxThreads, minRequestDataRate, maxUploadBytes, maxUploadFiles);
    }

    public HttpSettings withIdleTimeout(Duration d) {
        return new HttpSettings(host, port, token, d, maxThreads, minRequestDataRate, maxUploadBytes, maxUploadFiles);
    }

    public HttpSettings withUploadLimits(long bytes, int files) {
        return new HttpSettings(host, port, token, idleTimeout, maxThreads, minRequestDataRate, bytes, files);
    }

    /** Refuses a non-loopback address without a token: anyone who reaches it could read every profile and upload. */
    void requireSafeBinding() {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve HTTP host '" + host + "'", e);
        }
        if (!loopback && token == null) {
            throw new IllegalArgumentException("refusing to serve HTTP on " + host + " without a token: anyone who reaches it could read"
                    + " every profile; set --token or " + TOKEN_ENV + ", or bind 127.0.0.1");
        }
    }
}
