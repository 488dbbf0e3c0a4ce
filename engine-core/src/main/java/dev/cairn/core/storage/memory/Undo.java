package dev.cairn.core.storage.memory;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The in-memory stores' stand-in for a transaction: each change registers how to undo itself,
 * and the undo runs if the unit of work rolls back. Readers may see a change before its unit of
 * work commits (read-uncommitted); the JDBC stores are read-committed.
 */
final class Undo {

    private Undo() {
    }

    static void onRollback(Runnable undo) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().onRollback(u -> undo.run());
        }
    }
}
