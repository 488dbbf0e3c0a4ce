package dev.cairn.api.audit;

/**
 * Hears how far a long audit operation (verification, export, rebuild) has come, e.g. to draw a
 * progress bar. Called on the thread doing the work.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String what, long total) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void finish(long done) {
        }
    };

    /** The work begins; {@code total} items are expected (-1 when unknown). */
    void start(String what, long total);

    /** {@code done} items are done so far. */
    void advance(long done);

    /** The work ended after {@code done} items. */
    void finish(long done);
}
