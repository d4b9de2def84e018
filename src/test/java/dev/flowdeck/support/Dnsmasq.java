package dev.flowdeck.support;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real DNS server for tests: Debian's dnsmasq on a loopback address and port of its own, serving
 * only the records given (no upstream, no /etc/hosts), so nothing ever leaves the machine.
 */
public final class Dnsmasq implements AutoCloseable {
    private final Path binary;
    private final String address;
    private final int port;
    private final Path hostsFile;
    private final int ttlSeconds;
    private Process process;

    public Dnsmasq(Path binary, String address, Map<String, List<String>> records, int ttlSeconds) throws IOException {
        this.binary = binary;
        this.address = address;
        this.ttlSeconds = ttlSeconds;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getByName(address))) {
            this.port = probe.getLocalPort();
        }
        this.hostsFile = Files.createTempFile("flowdeck-dns", ".hosts");
        setRecords(records);
    }

    /** Replaces the records; takes effect at the next start. */
    public void setRecords(Map<String, List<String>> records) throws IOException {
        StringBuilder hosts = new StringBuilder();
        records.forEach((name, ips) -> ips.forEach(ip -> hosts.append(ip).append(' ').append(name).append('\n')));
        Files.writeString(hostsFile, hosts.toString());
    }

    public Dnsmasq start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--no-daemon", "--conf-file=/dev/null",
                "--no-resolv", "--no-hosts", "--bind-interfaces", "--listen-address=" + address, "--port=" + port,
                "--addn-hosts=" + hostsFile, "--address=/#/", "--local-ttl=" + ttlSeconds, "--pid-file=", "--log-facility=/dev/null"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
            command.add("--group=root");
        }
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(300);
        if (!process.isAlive()) {
            throw new IOException("dnsmasq exited with " + process.exitValue() + ": " + String.join(" ", command));
        }
        return this;
    }

    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    public String address() {
        return address;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        stop();
        Files.deleteIfExists(hostsFile);
    }
}
