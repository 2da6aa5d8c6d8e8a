package cn.gov.dongguan.voucher.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the server under test and its database, to make the database go away for that
 * server alone: {@link #freeze()} stops relaying bytes while keeping every connection open (a network
 * partition), {@link #cut()} closes every connection and refuses new ones (the database stopped),
 * {@link #heal()} relays again.
 */
final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private volatile boolean frozen;
    private final int port;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket first = new ServerSocket(0);
        this.port = first.getLocalPort();
        listen(first);
    }

    int port() {
        return port;
    }

    private void listen(ServerSocket socket) {
        server = socket;
        Thread accept = new Thread(
                () -> {
                    while (!socket.isClosed()) {
                        try {
                            Socket client = socket.accept();
                            Socket upstream = new Socket(targetHost, targetPort);
                            sockets.add(client);
                            sockets.add(upstream);
                            pump(client, upstream);
                            pump(upstream, client);
                        } catch (IOException e) {
                            // closed: cut() or close()
                        }
                    }
                },
                "tcp-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            while (frozen) {
                                Thread.sleep(20);
                            }
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException | InterruptedException e) {
                        // a side closed
                    } finally {
                        close(from);
                        close(to);
                    }
                },
                "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Nothing passes any more, nothing is closed: the server waits for answers that do not come. */
    void freeze() {
        frozen = true;
    }

    /** Every connection closed, new ones refused: the database is stopped. */
    void cut() {
        close(server);
        sockets.forEach(TcpProxy::close);
        sockets.clear();
    }

    /** Bytes pass again; after {@link #cut()}, connections are accepted again on the same port. */
    void heal() throws IOException {
        frozen = false;
        if (server.isClosed()) {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(port));
            listen(again);
        }
    }

    private static void close(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        frozen = false;
        cut();
    }
}
