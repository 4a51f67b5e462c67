package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.cli.command.GlobalOptions;
import dev.taskorchestrator.cli.command.OrchestratorCommand;
import dev.taskorchestrator.cli.command.StatusCommand;
import dev.taskorchestrator.cli.command.TaskCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Only the subcommand a command line names is built; whatever lists or searches commands gets them all. */
class CommandTreeTest {

    @Test
    void givenACommandNamed_whenNeeded_thenThatOneAloneEvenAfterGlobalOptionsWithValues() {
        assertThat(CommandTree.needed("task", "list")).containsOnlyKeys("task").containsValue(TaskCommand.class);
        assertThat(CommandTree.needed("--json", "-w", "ws", "--db", "jdbc:sqlite:x", "task", "list"))
                .containsOnlyKeys("task");
        assertThat(CommandTree.needed("--workspace", "task", "status")).containsOnlyKeys("status")
                .containsValue(StatusCommand.class);
        assertThat(CommandTree.needed("--workspace=ws", "status")).containsOnlyKeys("status");
    }

    @Test
    void givenTheRootCommand_whenItsOptionsAreRead_thenThoseTakingAValueAreTheOnesSkippedBeforeTheCommandName() {
        CommandLine root = new CommandLine(new OrchestratorCommand(new GlobalOptions()));

        Set<String> withValue = root.getCommandSpec().options().stream().filter(option -> option.arity().max() > 0)
                .flatMap(option -> Arrays.stream(option.names())).collect(Collectors.toSet());

        assertThat(CommandTree.OPTIONS_WITH_VALUE).isEqualTo(withValue);
    }

    @Test
    void givenVersionAlone_whenNeeded_thenNoSubcommand() {
        assertThat(CommandTree.needed("--version")).isEmpty();
        assertThat(CommandTree.needed("-w", "ws", "-V")).isEmpty();
    }

    @Test
    void givenVersionAsTheWholeCommandLine_whenAsked_thenItIsAnsweredWithoutTheCommandLine() {
        assertThat(CommandTree.versionAlone("--version")).isTrue();
        assertThat(CommandTree.versionAlone("-V")).isTrue();
        assertThat(CommandTree.versionAlone("--version", "--help")).isFalse();
        assertThat(CommandTree.versionAlone("-w", "ws", "--version")).isFalse();
        assertThat(CommandTree.versionAlone()).isFalse();
    }

    @Test
    void givenServeOverStdio_whenAsked_thenItsInitializeIsAnsweredEarlyAndNoOtherCommandLineIs() {
        assertThat(CommandTree.servesStdio("serve")).isTrue();
        assertThat(CommandTree.servesStdio("-w", "serve", "serve", "--tools", "core")).isTrue();
        assertThat(CommandTree.servesStdio("--db", "jdbc:sqlite:x.db", "serve")).isTrue();

        assertThat(CommandTree.servesStdio("serve", "--http", "8080")).isFalse();
        assertThat(CommandTree.servesStdio("serve", "--http=8080")).isFalse();
        assertThat(CommandTree.servesStdio("serve", "--help")).isFalse();
        assertThat(CommandTree.servesStdio("serve", "-V")).isFalse();
        assertThat(CommandTree.servesStdio("-w", "serve", "status")).isFalse();
        assertThat(CommandTree.servesStdio("help", "serve")).isFalse();
        assertThat(CommandTree.servesStdio()).isFalse();
    }

    @Test
    void givenHelpNoCommandAMistypedOneOrCompletion_whenNeeded_thenAll() {
        assertThat(CommandTree.needed()).isSameAs(CommandTree.ALL);
        assertThat(CommandTree.needed("--help")).isSameAs(CommandTree.ALL);
        assertThat(CommandTree.needed("--version", "--help")).isSameAs(CommandTree.ALL);
        assertThat(CommandTree.needed("tsak", "list")).isSameAs(CommandTree.ALL);
        assertThat(CommandTree.needed("completion")).isSameAs(CommandTree.ALL);
        assertThat(CommandTree.ALL).hasSize(17).containsKeys("init", "plan", "task", "serve", "board", "completion", "export", "import");
    }

    @Test
    void givenHelp_whenRun_thenEveryCommandIsListedAsBefore() {
        StringWriter out = new StringWriter();
        int status = Cli.create(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute("--help");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("Commands:");
        CommandTree.ALL.keySet().forEach(name -> assertThat(out.toString()).containsPattern("(?m)^  " + name + "\\b"));
    }
}
