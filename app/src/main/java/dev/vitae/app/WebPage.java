package dev.vitae.app;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web page: {@code GET /} is {@code index.html}, {@code GET /web/{asset}} one of the page's
 * scripts and style sheets, all read once from the classpath folder {@code dev/vitae/app/web/}
 * (plain HTML, CSS and JavaScript modules; nothing is built at run time). An asset name is looked up
 * in what was read, never used as a path, so nothing else on the classpath can be fetched.
 * <p>
 * Every response of the server carries {@link #SECURITY_HEADERS}: résumé text is untrusted, the page
 * builds its DOM with {@code textContent} only, and the Content-Security-Policy lets the browser run
 * nothing but this server's own script files (no inline script or style, no eval, no framing).
 */
final class WebPage {
    static final String RESOURCE_DIR = "web/";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none';"
            // Trusted Types: the browser itself refuses any string assigned to innerHTML and the like, so a slip cannot inject markup
            + " require-trusted-types-for 'script'; trusted-types 'none'";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");
    /** The page's files; each must be in the jar. */
    static final Map<String, String> ASSETS = assets();
    private static final Pattern ASSET_NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.(js|css|svg)");

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    WebPage() {
        for (String name : ASSETS.keySet()) {
            try (InputStream in = WebPage.class.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE_DIR + name + " is missing from the jar");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + RESOURCE_DIR + name, e);
            }
        }
    }

    private static Map<String, String> assets() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("index.html", "text/html; charset=utf-8");
        m.put("app.js", "text/javascript; charset=utf-8");
        m.put("api.js", "text/javascript; charset=utf-8");
        m.put("dom.js", "text/javascript; charset=utf-8");
        m.put("evidence.js", "text/javascript; charset=utf-8");
        m.put("style.css", "text/css; charset=utf-8");
        m.put("icon.svg", "image/svg+xml");
        return m;
    }

    static void secure(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    void index(Context ctx) {
        send(ctx, "index.html");
    }

    void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        if (!ASSET_NAME.matcher(name).matches() || !files.containsKey(name)) {
            throw Problem.of(404, "no such asset of the page: '" + HttpApi.echo(name) + "'");
        }
        send(ctx, name);
    }

    private void send(Context ctx, String name) {
        // no-cache: the browser revalidates, so a new jar's page is never mixed with an old script
        ctx.header("Cache-Control", "no-cache").status(200).contentType(ASSETS.get(name)).result(files.get(name));
    }
}
