package dev.taskorchestrator.cli.board;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Page weight and first render of every view at N tasks (default 1,000), in headless Chromium
 * against the real jar's {@code orchestrator board}, beside the same views of an empty store as
 * the reference measured in the same run. Prints medians of each view loaded R times (default 15).
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat cp.txt)" dev.taskorchestrator.cli.board.BoardBenchmark 1000 15</pre>
 */
public final class BoardBenchmark {

    private static final Pattern AT = Pattern.compile("Board at (http://\\S+)");
    private static final String TIMING = """
            const nav = performance.getEntriesByType('navigation')[0];
            const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
            const resources = performance.getEntriesByType('resource');
            const sum = (list, key) => list.reduce((total, entry) => total + (entry[key] || 0), 0);
            return [nav.responseStart, nav.responseEnd, paint ? paint.startTime : -1, nav.domContentLoadedEventEnd,
                nav.transferSize + sum(resources, 'transferSize'), nav.decodedBodySize + sum(resources, 'decodedBodySize')];
            """;

    private BoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path empty = Files.createTempDirectory("board-bench-empty");
        Path full = Files.createTempDirectory("board-bench-full");
        String firstPlan = seed(full, tasks);
        System.out.printf("board at %d tasks, %d loads per view, medians (ms, KB)%n", tasks, rounds);
        System.out.printf("%-12s %-6s %8s %8s %8s %8s %10s %10s%n", "view", "store", "ttfb", "html", "fcp", "dcl",
                "sent KB", "page KB");
        Process emptyBoard = board(empty);
        Process fullBoard = board(full);
        ChromeDriver browser = BoardBrowser.start(true);
        try {
            String emptyUrl = url(emptyBoard);
            String fullUrl = url(fullBoard);
            Map<String, String> views = new java.util.LinkedHashMap<>();
            views.put("plans", "");
            views.put("status", "status");
            views.put("graph", "graph/" + firstPlan);
            views.put("task", "task/" + firstPlan);
            for (Map.Entry<String, String> view : views.entrySet()) {
                if (!view.getKey().equals("graph") && !view.getKey().equals("task")) {
                    measure(browser, view.getKey(), "empty", emptyUrl + view.getValue(), rounds);
                }
                measure(browser, view.getKey(), tasks + "", fullUrl + view.getValue(), rounds);
            }
        } finally {
            browser.quit();
            emptyBoard.destroy();
            fullBoard.destroy();
        }
    }

    private static void measure(ChromeDriver browser, String view, String store, String url, int rounds) {
        List<List<Double>> samples = new ArrayList<>();
        browser.get(url);
        for (int round = 0; round < rounds; round++) {
            browser.get(url);
            @SuppressWarnings("unchecked")
            List<Number> figures = (List<Number>) ((JavascriptExecutor) browser).executeScript(TIMING);
            List<Double> values = new ArrayList<>();
            figures.forEach(figure -> values.add(figure.doubleValue()));
            samples.add(values);
        }
        System.out.printf("%-12s %-6s %8.0f %8.0f %8.0f %8.0f %10.1f %10.1f%n", view, store, median(samples, 0),
                median(samples, 1), median(samples, 2), median(samples, 3), median(samples, 4) / 1024,
                median(samples, 5) / 1024);
    }

    private static double median(List<List<Double>> samples, int column) {
        List<Double> values = new ArrayList<>();
        samples.forEach(sample -> values.add(sample.get(column)));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    /** Plans of 50 tasks (a root and 49 subtasks in chains of 7), until {@code tasks}; returns the first plan's id. */
    private static String seed(Path workspace, int tasks) throws Exception {
        String first = null;
        for (int plan = 0; plan * 50 < tasks; plan++) {
            StringBuilder json = new StringBuilder("{\"title\": \"Plan " + plan + ": a feature of the product\","
                    + " \"subtasks\": [");
            for (int n = 1; n < 50; n++) {
                json.append(n == 1 ? "" : ",").append("{\"key\": \"t").append(n).append("\", \"title\": \"Task ")
                        .append(n).append(" of plan ").append(plan).append(": build and test a part\"")
                        .append(", \"specialist_type\": \"").append(List.of("implementer", "tester", "reviewer",
                                "architect").get(n % 4)).append('"');
                if (n % 7 != 1) {
                    json.append(", \"dependencies\": [\"t").append(n - 1).append("\"]");
                }
                json.append('}');
            }
            Path file = workspace.resolve("plan-" + plan + ".json");
            Files.writeString(file, json.append("]}").toString());
            String out = BoardBrowserIT.run(workspace, "plan", "--file", file.toString(), "--json");
            Matcher id = Pattern.compile("\"task_id\"\\s*:\\s*\"(task_[a-z0-9]+)\"").matcher(out);
            if (first == null && id.find()) {
                first = id.group(1);
            }
        }
        return first;
    }

    private static Process board(Path workspace) throws Exception {
        return new ProcessBuilder(BoardBrowserIT.java(), "-jar", BoardBrowserIT.JAR.toString(), "board", "--port", "0",
                "--workspace", workspace.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String url(Process board) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(board.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher at = AT.matcher(line);
            if (at.find()) {
                return at.group(1);
            }
        }
        throw new IllegalStateException("the board never said where it listens");
    }
}
