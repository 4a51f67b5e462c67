package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line through picocli's execute(), with captured output, as a user or a script sees it. */
class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void givenRoles_whenListed_thenEveryRoleIsOneAlignedLine() {
        int status = run("roles");

        assertThat(status).isZero();
        assertThat(out.toString().lines()).hasSize(11).first().asString().startsWith("architect    You are");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void givenAnOlderRoleName_whenShown_thenTheCurrentRoleIsPrintedInFull() {
        int status = run("roles", "coder");

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("implementer: ").contains("Expertise:", "Approach:", "Delivers:");
    }

    @Test
    void givenAnUnknownRole_whenShown_thenOneErrorLineWithTheRolesAndStatusOneWithoutAStackTrace() {
        int status = run("roles", "wizard");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("error: NAME 'wizard' is not a known role", "allowed: architect, implementer")
                .doesNotContain("\tat ", "Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void givenAMistypedCommand_whenRun_thenUsageErrorWithTheNearestCommandSuggested() {
        int status = run("rolez");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument", "Did you mean", "roles");
    }

    @Test
    void givenAnUnknownOption_whenRun_thenUsageError() {
        assertThat(run("roles", "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void givenNoArguments_whenRun_thenTheUsageIsShown() {
        int status = run();

        assertThat(status).isZero();
        assertThat(out.toString()).contains("Usage: orchestrator", "roles", "task", "plan", "Examples:");
    }

    @Test
    void givenVersionOrHelp_whenAsked_thenTheyAnswerWithStatusZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("orchestrator ");
        assertThat(run("roles", "--help")).isZero();
        assertThat(out.toString()).contains("orchestrator roles reviewer");
    }

    @Test
    void givenServeWithAWorkspaceThatIsNotAFolder_whenRun_thenOneErrorLineStatusOneAndStdoutNeverTaken() throws Exception {
        Path file = Files.createTempFile("not-a-folder", ".txt");
        try {
            int status = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true), () -> {
                throw new AssertionError("the protocol streams must not be taken before the workspace is known");
            }, Map.of()).execute("serve", "--workspace", file.toString());

            assertThat(status).isEqualTo(1);
            assertThat(err.toString()).startsWith("error: workspace ").contains("is not a directory")
                    .doesNotContain("\tat ");
            assertThat(out.toString()).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void givenServeHelp_whenAsked_thenItSaysHowItStopsAndWhereTheWorkspaceComesFrom() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("stdio", "SIGTERM", "ORCHESTRATOR_WORKSPACE", "--db");
    }

    @Test
    void givenACommandGroupAlone_whenRun_thenItListsItsSubcommandsWithStatusZero() {
        assertThat(run("task")).isZero();
        assertThat(out.toString()).contains("Usage: orchestrator task", "list", "tree", "complete");
        assertThat(run("session")).isZero();
        assertThat(out.toString()).contains("Usage: orchestrator session", "resume", "cleanup");
    }
}
