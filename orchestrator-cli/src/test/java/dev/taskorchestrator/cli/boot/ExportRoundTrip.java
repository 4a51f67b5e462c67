package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.testkit.fixtures.EmbeddedPostgresSchemas;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A store of {@code n} tasks, built by importing a beads file of that size (a tree of epics, chains
 * of blocking dependencies, every status), with a session and artifacts added through commands;
 * exported, imported into an empty store and exported again, through the commands in this
 * process. Run as a program it prints each step's time and the heap's peak:
 *
 * <pre>java -cp "orchestrator-cli/target/test-classes:$(cat cp.txt)" dev.taskorchestrator.cli.boot.ExportRoundTrip 10000</pre>
 */
final class ExportRoundTrip {

    /** Each step's time, the peak heap seen, and the two exports. */
    record Result(String store, int tasks, long importPeerMillis, long exportMillis, long importMillis,
            long exportAgainMillis, long peakHeapBytes, String first, String second, long fileBytes) {
        /** The records of an export, without its header (which holds the time of the export). */
        static String records(String export) {
            return export.substring(export.indexOf('\n') + 1);
        }
    }

    /** A session and a task of it, in our format: no command opens a session, an agent does. */
    private static final String SESSION = """
            {"format":"task-orchestrator-export","version":1,"exported_at":"2026-10-01T09:00:00Z","counts":{"sessions":1,"tasks":1,"dependencies":0,"artifacts":0,"events":0}}
            {"record":"session","session_id":"session_0000000000s1","name":"Agent's session","workspace":"/srv/app","status":"paused","created_at":"2026-10-01T09:00:00Z","last_activity_at":"2026-10-01T09:30:00.123456789Z"}
            {"record":"task","task_id":"task_0000000000t1","session_id":"session_0000000000s1","title":"Plan of the session","description":"","task_type":"breakdown","status":"pending","specialist_type":"architect","complexity":"complex","priority":"high","context":{"n":1.5,"list":[1,"two",null]},"auto_complete_parent":true,"attempts":0,"version":3,"created_at":"2026-10-01T09:00:00Z","updated_at":"2026-10-01T09:10:00Z"}
            """;

    private final Path directory;
    private String out = "";

    ExportRoundTrip(Path directory) {
        this.directory = directory;
    }

    Result run(String store, int tasks) throws IOException {
        Path beads = directory.resolve("issues-" + store + ".jsonl");
        Files.writeString(beads, beadsIssues(tasks));
        Store first = new Store(directory.resolve(store + "-a"), store);
        Store second = new Store(directory.resolve(store + "-b"), store);
        Path firstExport = directory.resolve(store + "-first.jsonl");
        Path secondExport = directory.resolve(store + "-second.jsonl");
        HeapPeak heap = HeapPeak.start();
        long importPeer = timed(() -> first.run("import", beads.toString()));
        Path session = directory.resolve("session-" + store + ".jsonl");
        Files.writeString(session, SESSION);
        first.run("import", session.toString());
        first.run("plan", "Release notes", "--subtask", "Draft them", "--subtask", "Review them");
        for (int i = 0; i < 3; i++) {
            String claimed = (String) ((Map<?, ?>) first.json("task", "next", "--claim").get("task")).get("task_id");
            first.run("task", "complete", claimed, "--summary", "done " + i, "--work", "# Work " + i + "\nünïcödé ✓");
        }
        long export = timed(() -> first.run("export", "--out", firstExport.toString()));
        long importOurs = timed(() -> second.run("import", firstExport.toString()));
        long exportAgain = timed(() -> second.run("export", "--out", secondExport.toString()));
        return new Result(store, tasks, importPeer, export, importOurs, exportAgain, heap.stop(),
                Files.readString(firstExport), Files.readString(secondExport), Files.size(firstExport));
    }

    /** A workspace, on its SQLite file or on a fresh schema of the embedded PostgreSQL. */
    private final class Store {
        private final Path workspace;
        private final Optional<String> db;

        Store(Path workspace, String kind) throws IOException {
            this.workspace = Files.createDirectories(workspace);
            this.db = kind.equals("sqlite") ? Optional.empty() : Optional.of(EmbeddedPostgresSchemas.freshSchemaUrl());
        }

        void run(String... args) {
            List<String> options = new ArrayList<>(List.of("--workspace", workspace.toString()));
            db.ifPresent(url -> options.addAll(List.of("--db", url)));
            CommandRunner.Ran ran = new CommandRunner(Map.of()).run("", options, args);
            out = ran.out();
            if (ran.status() != 0) {
                throw new IllegalStateException(String.join(" ", args) + " failed (" + ran.status() + "): " + ran.err());
            }
        }

        Map<String, Object> json(String... args) {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("--json");
            run(all.toArray(String[]::new));
            return CommandRunner.document(out);
        }
    }

    /**
     * {@code n} issues in epics of 100: each epic's children are dotted ids, every fifth waits for
     * the one before it, statuses and priorities vary, and some link to another epic.
     */
    static String beadsIssues(int n) {
        String[] statuses = {"open", "open", "in_progress", "closed", "closed", "blocked", "deferred", "open"};
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int epic = i / 100;
            int child = i % 100;
            String id = child == 0 ? "bd-e" + epic : "bd-e" + epic + "." + child;
            String dependencies = child > 1 && child % 5 == 0
                    ? "[{\"issue_id\":\"" + id + "\",\"depends_on_id\":\"bd-e" + epic + "." + (child - 1)
                            + "\",\"type\":\"blocks\"}]"
                    : child == 3 && epic > 0 ? "[{\"depends_on_id\":\"bd-e" + (epic - 1) + "\",\"type\":\"related\"}]"
                    : "[]";
            String status = statuses[i % statuses.length];
            file.append("{\"id\":\"").append(id).append("\",\"title\":\"Issue ").append(i).append(" — «ünïcödé» ✓\"")
                    .append(",\"description\":\"What issue ").append(i).append(" is about, with \\\"quotes\\\".\"")
                    .append(",\"status\":\"").append(status).append("\",\"priority\":").append(i % 5)
                    .append(",\"issue_type\":\"").append(child == 0 ? "epic" : "task").append("\"")
                    .append(",\"labels\":[\"l").append(i % 7).append("\"]")
                    .append(status.equals("closed") ? ",\"close_reason\":\"fixed\",\"closed_at\":\"2026-10-02T10:00:00Z\"" : "")
                    .append(",\"dependencies\":").append(dependencies)
                    .append(",\"created_at\":\"2026-10-01T10:00:00Z\",\"updated_at\":\"2026-10-01T11:00:00Z\"}\n");
        }
        return file.toString();
    }

    private static long timed(Runnable step) {
        long started = System.nanoTime();
        step.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The heap's highest use, sampled every 10 ms on a thread of its own. */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread sampler;

        private HeapPeak() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            HeapPeak heap = new HeapPeak();
            heap.sampler.start();
            return heap;
        }

        long stop() {
            running = false;
            return peak.get();
        }
    }

    public static void main(String[] args) throws IOException {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> stores = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("sqlite", "postgresql");
        for (String store : stores) {
            Path directory = Files.createTempDirectory("export-round-trip");
            Result result = new ExportRoundTrip(directory).run(store, tasks);
            System.out.printf("%-10s %,d tasks: beads import %,d ms, export %,d ms (%,d KB), import %,d ms, export again"
                    + " %,d ms, heap peak %,d MiB, identical: %s%n", store, result.tasks(), result.importPeerMillis(),
                    result.exportMillis(), result.fileBytes() / 1024, result.importMillis(), result.exportAgainMillis(),
                    result.peakHeapBytes() / (1024 * 1024),
                    Result.records(result.first()).equals(Result.records(result.second())));
        }
        System.exit(0);
    }
}
