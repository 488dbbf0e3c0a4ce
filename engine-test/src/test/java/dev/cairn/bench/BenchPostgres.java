package dev.cairn.bench;

import dev.cairn.test.storage.PostgresServer;

/**
 * Starts a throwaway PostgreSQL cluster with its durable defaults for the HTTP benchmarks
 * ({@code bench/run-all.sh}), prints {@code CAIRN_JDBC_USER=...} and one {@code CAIRN_JDBC_URL=...} per
 * empty database asked for (the argument, default 1: a fresh one for each server run, since a
 * database one release migrated is refused by an older one), and keeps it running until this
 * process is stopped (its shutdown hook stops the cluster and deletes it).
 */
public final class BenchPostgres {

    public static void main(String[] args) throws InterruptedException {
        int databases = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        PostgresServer server = PostgresServer.startDurable();
        for (int i = 0; i < databases; i++) System.out.println("CAIRN_JDBC_URL=" + server.newDatabase("httpbench"));
        System.out.println("CAIRN_JDBC_USER=" + server.user());
        System.out.flush();
        Thread.currentThread().join();
    }
}
