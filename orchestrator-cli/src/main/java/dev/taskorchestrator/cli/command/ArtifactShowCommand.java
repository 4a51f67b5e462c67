package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.GetArtifactUseCase;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.wire.TaskDocuments;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One artifact's content as it was handed in. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints an artifact's content exactly as it was handed in; with --json, its metadata too.",
        footerHeading = "%nExample:%n", footer = "  orchestrator artifact show artifact_01jq2m3n4p5r > design.md")
public final class ArtifactShowCommand implements Callable<Integer> {

    private final GetArtifactUseCase getArtifact;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("artifact_id")
    @Parameters(paramLabel = "ARTIFACT_ID", description = "The artifact (task show lists a task's).")
    private ArtifactId artifactId;

    public ArtifactShowCommand(GetArtifactUseCase getArtifact, Console console) {
        this.getArtifact = getArtifact;
        this.console = console;
    }

    @Override
    public Integer call() {
        var artifact = getArtifact.artifact(artifactId);
        console.show(spec, TaskDocuments.artifact(artifact), (out, ansi) -> out.print(artifact.content()));
        return 0;
    }
}
