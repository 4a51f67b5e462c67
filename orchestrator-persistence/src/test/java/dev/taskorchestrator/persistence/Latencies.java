package dev.taskorchestrator.persistence;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/** How the benchmark programs time a call: warmed up first, then the median and the 99th percentile. */
final class Latencies {

    private Latencies() {
    }

    static void machine() {
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    /** Runs {@code call} a tenth as many times (at least 50) to warm up, then {@code iterations} times timed. */
    static void report(String label, int iterations, IntConsumer call) {
        for (int i = 0; i < Math.max(50, iterations / 10); i++) {
            call.accept(i);
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            call.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-48s median %8.3f ms   p99 %8.3f ms   (%,d calls)%n", label,
                nanos[iterations / 2] / 1e6, nanos[(int) (iterations * 0.99)] / 1e6, iterations);
    }

    /** One benchmark run on a fresh store of one kind, filled to one size. */
    interface Run {
        void on(String kind, int size, OrchestratorDatabase database, DatabaseSettings settings) throws SQLException;
    }

    /**
     * Prints the machine, then runs {@code run} on a fresh store of each kind named in {@code args}
     * (sqlite, postgresql; both by default) at each size of the {@code sizes} property.
     */
    static void onEachStore(String[] args, String defaultSizes, Run run) throws SQLException {
        List<String> kinds = args.length == 0 ? List.of("sqlite", "postgresql") : Arrays.asList(args);
        List<Integer> sizes = Arrays.stream(System.getProperty("sizes", defaultSizes).split(",")).map(String::strip)
                .map(Integer::valueOf).toList();
        machine();
        for (String kind : kinds) {
            for (int size : sizes) {
                DatabaseSettings settings = kind.equals("sqlite") ? TestDatabases.freshSqlite()
                        : TestDatabases.freshPostgres();
                try (OrchestratorDatabase database = OrchestratorDatabase.open(settings)) {
                    run.on(kind, size, database, settings);
                }
            }
        }
    }
}
