package dev.taskorchestrator.cli.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The board in a real browser: the real jar's {@code orchestrator board} on a SQLite workspace with a
 * plan in it, read by headless Chromium. The plan's titles and statuses are on the page; a status
 * changed by another process (the CLI) shows within 2 seconds without a reload; a title that
 * carries markup shows as text and runs nothing; the keyboard moves between tasks; the views read
 * without script. Screenshots of each view go to {@code target/failsafe-reports/board/}.
 */
class BoardBrowserIT {

    static final Path JAR = Path.of("target", "orchestrator.jar").toAbsolutePath();
    static final Path SHOTS = Path.of("target", "failsafe-reports", "board");
    static final String SCRIPTED = "<img src=x onerror=\"document.title='pwned'\"> Check the script";
    private static final Pattern AT = Pattern.compile("Board at (http://\\S+)");

    private static Path workspace;
    private static Process board;
    private static String url;
    private static Map<String, String> keys;
    private ChromeDriver browser;

    @BeforeAll
    static void aWorkspaceWithAPlanAndItsBoard() throws Exception {
        workspace = Files.createTempDirectory("board-it");
        Path plan = workspace.resolve("plan.json");
        Files.writeString(plan, """
                {"title": "Ship the payments API", "description": "Everything for **v1**.", "subtasks": [
                  {"key": "design", "title": "Design the schema", "specialist_type": "architect"},
                  {"key": "api", "title": "Build the API", "specialist_type": "implementer", "dependencies": ["design"]},
                  {"key": "docs", "title": "Write the docs", "specialist_type": "documenter", "dependencies": ["design"]},
                  {"key": "odd", "title": "%s", "specialist_type": "tester", "dependencies": ["api"]},
                  {"key": "release", "title": "Release", "specialist_type": "devops", "dependencies": ["odd", "docs"]}]}
                """.formatted(SCRIPTED.replace("\"", "\\\"")));
        String planned = cli("plan", "--file", plan.toString(), "--json");
        keys = new java.util.HashMap<>();
        Matcher key = Pattern.compile("\"(design|api|docs|odd|release)\"\\s*:\\s*\"(task_[a-z0-9]+)\"").matcher(planned);
        while (key.find()) {
            keys.put(key.group(1), key.group(2));
        }
        assertThat(keys).hasSize(5);
        cli("task", "start", keys.get("design"));
        cli("task", "complete", keys.get("design"), "--summary", "Schema agreed", "--work", "# Tables");

        board = new ProcessBuilder(java(), "-jar", JAR.toString(), "board", "--port", "0", "--workspace",
                workspace.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(board.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null && url == null; line = out.readLine()) {
            Matcher at = AT.matcher(line);
            if (at.find()) {
                url = at.group(1);
            }
        }
        assertThat(url).as("the board says where it listens").startsWith("http://127.0.0.1:").endsWith("/board/");
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopTheBoard() throws InterruptedException {
        if (board != null) {
            board.destroy();
            assertThat(board.waitFor(10, TimeUnit.SECONDS)).as("the board stops on SIGTERM").isTrue();
        }
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void givenAPlan_whenTheBoardIsOpened_thenItsTitlesAndStatusesAreOnThePageAndEveryViewRenders() throws IOException {
        browser = BoardBrowser.start(true);
        browser.get(url);

        List<String> titles = texts(browser.findElements(By.cssSelector("main [data-id] a.title")));
        assertThat(titles).contains("Ship the payments API", "Design the schema", "Build the API", "Write the docs",
                SCRIPTED, "Release");
        assertThat(statusOf(keys.get("design"))).isEqualTo("completed");
        assertThat(statusOf(keys.get("api"))).isEqualTo("pending");
        assertThat(browser.findElement(By.cssSelector("[data-id='" + keys.get("api") + "'] .st-ready")).getText())
                .isEqualTo("ready");
        shoot("plans");

        browser.get(url + "status");
        assertThat(browser.findElement(By.cssSelector("section[aria-label='completed']")).getText())
                .contains("Design the schema");
        shoot("status");
        browser.get(url + "graph");
        browser.findElement(By.linkText("Ship the payments API")).click();
        assertThat(browser.findElements(By.cssSelector("svg g.node"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("svg g.node.crit"))).as("design is done").hasSize(3);
        assertThat(browser.findElements(By.cssSelector("svg g.node.ready"))).hasSize(2);
        shoot("graph");
        browser.get(url + "task/" + keys.get("design"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Design the schema");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Schema agreed", "Tables", "completed");
        shoot("task");
    }

    @Test
    void givenAnOpenBoard_whenTheCliChangesAStatus_thenThePageShowsItWithinTwoSecondsWithoutAReload() throws Exception {
        browser = BoardBrowser.start(true);
        browser.get(url + "status");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                driver.findElement(By.id("live")).getText().equals("live"));
        ((JavascriptExecutor) browser).executeScript("window.keptAcrossRefreshes = 'same page';");
        String docs = keys.get("docs");
        assertThat(browser.findElement(By.cssSelector("section[aria-label='pending']")).getText()).contains("Write the docs");

        cli("task", "update", docs, "--status", "blocked", "--reason", "waiting on legal");
        long changed = System.nanoTime();

        new WebDriverWait(browser, Duration.ofSeconds(2), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(driver ->
                driver.findElement(By.cssSelector("section[aria-label='blocked']")).getText().contains("Write the docs"));
        long shownAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - changed);
        System.out.println("board: a status changed by the CLI showed " + shownAfterMillis + " ms after the command ended");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.keptAcrossRefreshes")).as("no reload")
                .isEqualTo("same page");
        assertThat(browser.findElement(By.cssSelector("section[aria-label='blocked']")).getText())
                .contains("waiting on legal");
        shoot("status-after-change");
    }

    @Test
    void givenAFilterBeingTyped_whenATaskChanges_thenTheTextStaysAndTheViewCatchesUpOnceTheFieldIsLeft()
            throws Exception {
        browser = BoardBrowser.start(true);
        browser.get(url + "status");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                driver.findElement(By.id("live")).getText().equals("live"));
        WebElement filter = browser.findElement(By.id("q"));
        filter.sendKeys("Rel");

        cli("task", "update", keys.get("release"), "--priority", "high");
        Thread.sleep(2_000);

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).as("not wiped by a refresh").isEqualTo("Rel");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        new WebDriverWait(browser, Duration.ofSeconds(3), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(driver -> driver.findElement(
                        By.cssSelector("[data-id='" + keys.get("release") + "'] .prio-high")).isDisplayed());
    }

    @Test
    void givenATitleCarryingMarkup_whenShown_thenItIsTextAndNoScriptRuns() throws IOException {
        browser = BoardBrowser.start(true);
        for (String page : List.of(url, url + "status", url + "task/" + keys.get("odd"))) {
            browser.get(page);
            assertThat(browser.findElement(By.tagName("main")).getText()).contains(SCRIPTED);
            assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
            assertThat(browser.getTitle()).isNotEqualTo("pwned");
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        }
        shoot("task-with-markup-in-its-title");
    }

    @Test
    void givenTheKeyboard_whenJAndEnterArePressed_thenFocusMovesBetweenTasksAndOpensOne() {
        browser = BoardBrowser.start(true);
        browser.get(url);
        new Actions(browser).sendKeys("j").perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Ship the payments API");
        new Actions(browser).sendKeys("jjk").perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Design the schema");

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> driver.getCurrentUrl().contains("/task/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Design the schema");
        new Actions(browser).sendKeys("gs").perform();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> driver.getCurrentUrl().endsWith("/status"));
    }

    @Test
    void givenNoJavaScript_whenTheViewsAreReadAndFiltered_thenEverythingStillShows() throws IOException {
        browser = BoardBrowser.start(false);
        browser.get(url + "status");
        new Select(browser.findElement(By.name("specialist"))).selectByVisibleText("implementer");
        browser.findElement(By.cssSelector("form.filter button")).click();

        assertThat(browser.getCurrentUrl()).contains("specialist=implementer");
        assertThat(texts(browser.findElements(By.cssSelector("main .card a.title")))).containsExactly("Build the API");
        assertThat(browser.findElement(By.id("live")).getText()).startsWith("as of");
        shoot("status-filtered-without-javascript");
    }

    private String statusOf(String task) {
        return browser.findElement(By.cssSelector("[data-id='" + task + "'] .st")).getText();
    }

    private static List<String> texts(List<WebElement> elements) {
        List<String> texts = new ArrayList<>();
        elements.forEach(element -> texts.add(element.getText()));
        return texts;
    }

    private void shoot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String cli(String... args) throws IOException, InterruptedException {
        return run(workspace, args);
    }

    /** Runs the real jar's CLI on a workspace and returns its stdout; a failure fails with its stderr. */
    static String run(Path in, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--workspace", in.toString()));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", args) + ": " + err).isZero();
        return out;
    }
}
