package dev.vitae.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder a test puts between a client and a server it cannot stop (the shared PostgreSQL):
 * {@link #cut()} closes the listening port and every forwarded connection, so the client sees its
 * connections lost and new ones refused; {@link #restore()} listens on the same port again.
 */
final class TcpForwarder implements AutoCloseable {
    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    private TcpForwarder(InetSocketAddress target, int port) {
        this.target = target;
        this.port = port;
    }

    /** Starts forwarding from an ephemeral port on 127.0.0.1 to {@code host:targetPort}. */
    static TcpForwarder start(String host, int targetPort) throws IOException {
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        TcpForwarder f = new TcpForwarder(new InetSocketAddress(host, targetPort), first.getLocalPort());
        f.listen(first);
        return f;
    }

    int port() {
        return port;
    }

    /** Refuses new connections and drops every open one. */
    synchronized void cut() throws IOException {
        ServerSocket s = server;
        server = null;
        if (s != null) {
            s.close();
        }
        for (Socket sock : open) {
            closeQuietly(sock);
        }
        open.clear();
    }

    /** Accepts connections on the same port again. */
    synchronized void restore() throws IOException {
        if (server == null) {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listen(s);
        }
    }

    private void listen(ServerSocket s) {
        server = s;
        Thread t = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    Socket upstream = new Socket();
                    upstream.connect(target, 5000);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // closed by cut(), or the target refused: the client sees its connection dropped
                }
            }
        }, "tcp-forwarder-accept-" + port);
        t.setDaemon(true);
        t.start();
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-forwarder-pump-" + port);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
