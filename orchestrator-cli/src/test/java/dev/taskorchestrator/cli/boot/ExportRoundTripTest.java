package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export, import into an empty store, export again: the same records, at 10,000 tasks, on each database. */
class ExportRoundTripTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void givenTenThousandTasks_whenExportedImportedAndExportedAgain_thenTheRecordsAreIdentical(String store)
            throws Exception {
        ExportRoundTrip.Result result = new ExportRoundTrip(directory).run(store, 10_000);

        String first = ExportRoundTrip.Result.records(result.first());
        assertThat(result.first().lines().findFirst().orElseThrow()).contains("\"tasks\":10004", "\"artifacts\":3",
                "\"sessions\":1");
        assertThat(first.lines().count()).isGreaterThan(20_000);
        assertThat(ExportRoundTrip.Result.records(result.second())).isEqualTo(first);
    }
}
