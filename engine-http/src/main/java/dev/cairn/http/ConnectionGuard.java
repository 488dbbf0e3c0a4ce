package dev.cairn.http;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one client from holding the server's connections: at most {@code maxPerAddress} open
 * connections per client address (the one over the limit is closed as soon as it is accepted), and
 * each request's headers must have arrived within {@code headerTimeout} of the connection opening
 * or of the previous reply on it.
 *
 * <p>The header deadline counts from a fixed instant, unlike an idle timeout, which every byte
 * restarts: a client trickling one header byte a second (slowloris) is cut all the same. A
 * keep-alive connection idle between requests is closed on the same deadline.
 */
final class ConnectionGuard implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
    /** Marks a connection whose request is being served: no header deadline runs. */
    private static final long SERVING = Long.MAX_VALUE;

    private final int maxPerAddress;
    private final long headerTimeoutNanos;
    private final Map<InetAddress, Integer> openPerAddress = new ConcurrentHashMap<>();
    /** Open connections, each with its address and the instant its next request's headers began to be awaited. */
    private final Map<Connection, Tracked> open = new ConcurrentHashMap<>();

    /** The address is kept from the start: a closed connection no longer knows it. */
    private static final class Tracked {
        final InetAddress address;
        volatile long awaitingSince = System.nanoTime();

        Tracked(InetAddress address) {
            this.address = address;
        }
    }

    ConnectionGuard(int maxPerAddress, Duration headerTimeout) {
        this.maxPerAddress = maxPerAddress;
        this.headerTimeoutNanos = headerTimeout.toNanos();
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (openPerAddress.merge(address, 1, Integer::sum) > maxPerAddress) {
            LOG.debug("Closing a connection from {}: the limit is {} open connections per address", address, maxPerAddress);
            forget(address);
            connection.getEndPoint().close();
            return;
        }
        open.put(connection, new Tracked(address));
    }

    /** Counts a connection out once, if it was counted in (a refused one was counted out at once). */
    @Override
    public void onClosed(Connection connection) {
        Tracked tracked = open.remove(connection);
        if (tracked != null) forget(tracked.address);
    }

    private void forget(InetAddress address) {
        openPerAddress.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
    }

    /** A request's headers arrived on {@code connection}. */
    void requestArrived(Connection connection) {
        Tracked tracked = open.get(connection);
        if (tracked != null) tracked.awaitingSince = SERVING;
    }

    /** The reply went out: the next request's headers are awaited from now. */
    void replied(Connection connection) {
        Tracked tracked = open.get(connection);
        if (tracked != null) tracked.awaitingSince = System.nanoTime();
    }

    /** Checks the header deadlines now and then (a tenth of the timeout, at most a second) while the scheduler runs. */
    void start(Scheduler scheduler) {
        long period = Math.max(10, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(headerTimeoutNanos) / 10));
        scheduler.schedule(new Runnable() {
            @Override
            public void run() {
                closeLateConnections();
                if (scheduler.isRunning()) scheduler.schedule(this, period, TimeUnit.MILLISECONDS);
            }
        }, period, TimeUnit.MILLISECONDS);
    }

    private void closeLateConnections() {
        long now = System.nanoTime();
        open.forEach((connection, tracked) -> {
            long since = tracked.awaitingSince;
            if (since != SERVING && now - since > headerTimeoutNanos) connection.getEndPoint().close();
        });
    }

    /** The client's address; connections without one (not over IP) share one count. */
    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }
}
