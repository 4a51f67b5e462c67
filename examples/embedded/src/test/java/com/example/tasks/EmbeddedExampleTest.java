package com.example.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedExampleTest {

    @TempDir
    Path workspace;

    @Test
    void givenAnEmptyWorkspace_whenTheExampleRuns_thenEveryTaskIsCompletedAndSynthesizedFromASqliteFile() {
        SynthesizeResultsUseCase.Report report = EmbeddedExample.run(workspace);

        assertEquals(3, report.total());
        assertEquals(3, report.completed());
        assertEquals(100, report.successRate());
        assertTrue(report.markdown().contains("Done: Test it"), report.markdown());
        assertTrue(Files.exists(workspace.resolve(".task_orchestrator")), "the store is a file in the workspace");
    }
}
