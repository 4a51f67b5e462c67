package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.persistence.jdbi.Dialect;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The version a database must be at to skip Flyway is the newest script this version ships. */
class MigrationsTest {

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.*\\.sql");

    @ParameterizedTest(name = "sqlite {0}")
    @ValueSource(booleans = {true, false})
    void givenTheScriptsOfADialect_whenListed_thenEveryVersionUpToTheOneThatSkipsFlywayIsThereOnce(boolean sqlite)
            throws Exception {
        List<Integer> versions = new ArrayList<>();
        for (String location : (sqlite ? Dialect.sqlite() : Dialect.postgresql()).migrations()) {
            try (Stream<Path> files = Files.list(scripts(location))) {
                files.map(file -> SCRIPT.matcher(file.getFileName().toString())).filter(Matcher::matches)
                        .forEach(match -> versions.add(Integer.parseInt(match.group(1))));
            }
        }

        assertThat(versions).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, Migrations.LATEST).boxed().toList());
    }

    private static Path scripts(String location) throws URISyntaxException {
        return Path.of(MigrationsTest.class.getClassLoader().getResource(location.substring("classpath:".length()))
                .toURI());
    }
}
