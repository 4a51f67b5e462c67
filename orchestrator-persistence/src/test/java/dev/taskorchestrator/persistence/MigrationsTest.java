package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The version a database must be at to skip Flyway is the newest script this version ships. */
class MigrationsTest {

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void givenTheMigrationScripts_whenTheNewestIsFound_thenItIsTheVersionThatSkipsFlyway() throws Exception {
        Path scripts = scripts();
        int newest;
        try (Stream<Path> files = Files.list(scripts)) {
            newest = files.map(file -> SCRIPT.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1))).max().orElseThrow();
        }

        assertThat(Migrations.LATEST).isEqualTo(newest);
    }

    private static Path scripts() throws URISyntaxException {
        return Path.of(MigrationsTest.class.getClassLoader().getResource("db/migration/common").toURI());
    }
}
