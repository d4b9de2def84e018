package dev.flowdeck.mock;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback listener that never completes a connection: it never accepts, and its one-slot accept
 * queue is filled at once, so Linux drops further SYNs and a client's connect really times out —
 * the demo's stand-in for a public address this machine cannot reach.
 */
public final class BlackHoleListener implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> fillers = new ArrayList<>();

    public BlackHoleListener(String address, int port) throws IOException {
        server = new ServerSocket(port, 1, InetAddress.getByName(address));
        for (int i = 0; i < 4; i++) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(address, server.getLocalPort()), 100);
                fillers.add(s);
            } catch (IOException queueFull) {
                s.close();
                break;
            }
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket s : fillers) {
            s.close();
        }
        server.close();
    }
}
