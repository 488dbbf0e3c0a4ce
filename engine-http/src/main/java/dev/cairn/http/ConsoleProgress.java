package dev.cairn.http;

import dev.cairn.api.audit.ProgressListener;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long forensic command on stderr: on a terminal, one line redrawn in place (a bar,
 * the count, the rate and the time left); otherwise (a file, a pipe, a CI log) a plain line every
 * few seconds, so logs stay readable.
 */
final class ConsoleProgress implements ProgressListener {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private String what = "";
    private long total = -1;
    private long started;
    private long lastShown;

    ConsoleProgress(PrintStream err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /** On this process's stderr, as a bar when stderr is a terminal. */
    static ConsoleProgress onStderr() {
        return new ConsoleProgress(System.err, stderrIsTerminal(), System::nanoTime);
    }

    /** Linux names the terminal behind each descriptor; elsewhere a console means one. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    @Override
    public void start(String what, long total) {
        this.what = what;
        this.total = total;
        this.started = nanoTime.getAsLong();
        this.lastShown = started;
    }

    @Override
    public void advance(long done) {
        long now = nanoTime.getAsLong();
        if (now - lastShown < (terminal ? REDRAW_NANOS : LINE_NANOS)) return;
        lastShown = now;
        show(done, now, false);
    }

    @Override
    public void finish(long done) {
        show(done, nanoTime.getAsLong(), true);
    }

    private void show(long done, long now, boolean finished) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        String counts = total > 0 ? String.format(Locale.ROOT, "%,d/%,d", done, total) : String.format(Locale.ROOT, "%,d", done);
        String eta = !finished && total > 0 && rate > 0 && done < total ? " ETA " + clock((total - done) / rate) : "";
        String tail = String.format(Locale.ROOT, " %s events %,.0f/s%s%s", counts, rate, eta, finished ? " in " + clock(seconds) : "");
        if (terminal) {
            err.print("\r" + what + " " + bar(done) + tail + "\u001b[K" + (finished ? "\n" : ""));
        } else {
            err.println(what + ":" + (total > 0 ? String.format(Locale.ROOT, " %d%%", Math.min(100, done * 100 / total)) : "") + tail);
        }
        err.flush();
    }

    private String bar(long done) {
        if (total <= 0) return "[" + "?".repeat(WIDTH) + "]";
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format(Locale.ROOT, "%3d%%", Math.min(100, done * 100 / total));
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
