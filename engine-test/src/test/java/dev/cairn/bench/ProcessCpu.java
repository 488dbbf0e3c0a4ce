package dev.cairn.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.stream.Stream;

/**
 * CPU time for the benchmarks, in milliseconds: this JVM's, and a PostgreSQL server's on this machine
 * (its postmaster's and every descendant's user and system time, plus that of the children they reaped,
 * backends that ended), from /proc. On a shared machine wall-clock rates depend on what else runs; CPU
 * per operation much less so.
 */
final class ProcessCpu {

    private static final double TICK_MILLIS = 10; // USER_HZ is 100 on Linux
    private final long postmaster;

    private ProcessCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The server behind {@code url}, found through its data directory's postmaster.pid. */
    static ProcessCpu ofPostgres(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             ResultSet rs = c.createStatement().executeQuery("SHOW data_directory")) {
            rs.next();
            return new ProcessCpu(Long.parseLong(Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim()));
        } catch (Exception e) {
            throw new IllegalStateException("Could not find the PostgreSQL server's processes", e);
        }
    }

    /** This JVM's CPU time so far. */
    static double jvmMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    /** The server's CPU time so far. */
    double serverMillis() {
        ProcessHandle root = ProcessHandle.of(postmaster).orElseThrow();
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> ticks(p.pid())).sum() * TICK_MILLIS;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 to 17 of stat (utime, stime, cutime, cstime), counted after the command's ")"
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0; // a process that ended meanwhile: its parent counts it when it reaps it
        }
    }
}
