package dev.cairn.http;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads one request body without holding a thread while the client sends it: each chunk is taken
 * when it arrives, and the work that needs the whole body runs only once it is there. A client that
 * sends slowly or stops halfway costs a socket and a buffer, never a worker.
 *
 * <p>At most {@code maxBytes}, whatever Content-Length claims or a chunked body turns out to hold.
 * The rest of an oversized body is read and dropped, up to {@link #DISCARD_LIMIT} times the limit,
 * so the client, still sending, reads the 413 instead of a reset connection. A body not complete
 * within the timeout is answered 408 and its connection closed.
 */
final class BodyReader implements Runnable {

    /** How many times the body limit an oversized body may run on before its connection is cut. */
    static final int DISCARD_LIMIT = 16;

    /** What the reading gave: the body, or the error to answer instead. */
    record Outcome(byte[] body, WireError error, Throwable failure) {
    }

    private final Request request;
    private final int maxBytes;
    private final Consumer<Outcome> then;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final Duration timeout;
    private boolean tooLarge;
    private long dropped;
    private Scheduler.Task deadline;

    private BodyReader(Request request, int maxBytes, Duration timeout, Consumer<Outcome> then) {
        this.request = request;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.then = then;
        this.tooLarge = request.getLength() > maxBytes;
    }

    /**
     * Starts reading; {@code then} runs exactly once, on the thread that completed the body (or on
     * the scheduler's, for a timeout).
     */
    static void read(Request request, int maxBytes, Duration timeout, Scheduler scheduler, Consumer<Outcome> then) {
        BodyReader reader = new BodyReader(request, maxBytes, timeout, then);
        reader.deadline = scheduler.schedule(reader::timedOut, timeout.toMillis(), TimeUnit.MILLISECONDS);
        reader.run();
    }

    /** Takes every chunk that is there, then asks to be called again when more arrives. */
    @Override
    public void run() {
        while (!finished.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                finish(new Outcome(null, null, chunk.getFailure()));
                return;
            }
            take(chunk.getByteBuffer());
            boolean last = chunk.isLast();
            chunk.release();
            if (last || tooLarge && dropped > (long) maxBytes * DISCARD_LIMIT) {
                finish(tooLarge ? new Outcome(null, tooLarge(), null) : new Outcome(body.toByteArray(), null, null));
                return;
            }
        }
    }

    private void take(ByteBuffer buffer) {
        int n = buffer.remaining();
        if (!tooLarge && body.size() + n <= maxBytes) {
            byte[] bytes = new byte[n];
            buffer.get(bytes);
            body.write(bytes, 0, n);
        } else {
            tooLarge = true;
            dropped += n;
        }
    }

    private WireError tooLarge() {
        return new WireError(413, "RequestEntityTooLargeException", "The request body exceeds " + maxBytes + " bytes.");
    }

    private void timedOut() {
        finish(new Outcome(null, new WireError(408, "RequestTimeoutException",
                "The request body did not arrive within " + timeout.toSeconds() + " seconds."), null));
    }

    private void finish(Outcome outcome) {
        if (!finished.compareAndSet(false, true)) return;
        deadline.cancel();
        then.accept(outcome);
    }
}
