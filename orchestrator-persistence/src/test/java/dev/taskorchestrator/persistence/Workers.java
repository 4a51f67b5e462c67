package dev.taskorchestrator.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Starts {@link ProcessWorker} JVMs and collects what each acknowledged. */
final class Workers {

    private Workers() {
    }

    /** One worker process: its acknowledged lines as they arrive, and its stderr in a file for diagnosis. */
    static final class Worker {
        private final Process process;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Thread reader;
        private final Path errors;

        private Worker(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            this.reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException closed) {
                    // the process was killed: what was read so far is what it acknowledged
                }
            });
            reader.start();
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        List<String> values(String prefix) {
            return lines.stream().filter(l -> l.equals(prefix) || l.startsWith(prefix + " "))
                    .map(l -> l.substring(Math.min(l.length(), prefix.length() + 1))).toList();
        }

        void send(String line) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** Waits for a clean end; a failure shows the worker's stderr. */
        void awaitSuccess(long seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("worker did not finish in " + seconds + " s: " + Files.readString(errors));
            }
            reader.join(5_000);
            if (process.exitValue() != 0 || !lines.contains("done")) {
                throw new AssertionError("worker failed with " + process.exitValue() + ": " + Files.readString(errors));
            }
        }

        void awaitLines(String prefix, int count, long seconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (values(prefix).size() < count) {
                if (System.nanoTime() > deadline || !process.isAlive() && values(prefix).size() < count) {
                    throw new AssertionError("worker gave " + values(prefix).size() + " '" + prefix + "' lines, wanted "
                            + count + ": " + Files.readString(errors));
                }
                Thread.sleep(20);
            }
        }

        /** SIGKILL: no shutdown hook, no flush, no goodbye. */
        void kill() throws Exception {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            reader.join(5_000);
        }
    }

    static Worker start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", ProcessWorker.class.getName()));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile("worker-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().put("CLASSPATH", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")));
        return new Worker(builder.start(), errors);
    }
}
