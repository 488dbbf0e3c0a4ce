package dev.cairn.bench;

import dev.cairn.test.storage.PostgresServer;

/**
 * Starts a throwaway PostgreSQL cluster with its durable defaults for the HTTP benchmarks
 * ({@code bench/run-all.sh}), prints {@code CAIRN_JDBC_URL=...} and {@code CAIRN_JDBC_USER=...} for the
 * server to use, and keeps it running until this process is stopped (its shutdown hook stops the
 * cluster and deletes it).
 */
public final class BenchPostgres {

    public static void main(String[] args) throws InterruptedException {
        PostgresServer server = PostgresServer.startDurable();
        System.out.println("CAIRN_JDBC_URL=" + server.newDatabase("httpbench"));
        System.out.println("CAIRN_JDBC_USER=" + server.user());
        System.out.flush();
        Thread.currentThread().join();
    }
}
