package com.vendorsla.command.notices;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A webhook receiver on localhost (JDK HttpServer): answers {@link #status}, keeps every request it got. */
final class Receiver implements AutoCloseable {

    record Received(String contentType, String signature, String deliveryId, byte[] body) {
    }

    private final List<Received> received = new ArrayList<>();
    volatile int status = 200;
    /** When set, each request waits for it before answering (a receiver that is slow, or hangs). */
    volatile CountDownLatch gate;
    private volatile HttpServer server;
    private int port;

    Receiver() {
        start(0);
    }

    synchronized void start(int wanted) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 50);
            created.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                synchronized (received) {
                    received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                            exchange.getRequestHeaders().getFirst("X-SLA-Signature"),
                            exchange.getRequestHeaders().getFirst("X-SLA-Delivery"), body));
                }
                CountDownLatch waitFor = gate;
                if (waitFor != null) {
                    try {
                        waitFor.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            created.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            created.start();
            server = created;
            port = created.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Down: nothing listens on the port any more (connection refused). */
    synchronized void down() {
        server.stop(0);
    }

    /** Back on the same port. */
    synchronized void up() {
        start(port);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
