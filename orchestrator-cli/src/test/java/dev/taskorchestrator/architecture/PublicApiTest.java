package dev.taskorchestrator.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.testkit.PublicApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API as the build states it: every package of every module says in its
 * {@code package-info.java} whether it is public or internal, and the public ones are exactly the
 * testkit's {@link PublicApi#PACKAGES}, the list an embedder's own tests can check against.
 */
class PublicApiTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void givenEveryPackageOfEveryModule_whenItsPackageInfoIsRead_thenThePublicOnesAreExactlyTheListedOnes()
            throws IOException {
        Map<String, String> said = new TreeMap<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(dir -> dir.getFileName().toString().startsWith("orchestrator-")).toList()) {
                Path sources = module.resolve("src/main/java");
                if (!Files.isDirectory(sources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path folder : files.filter(file -> file.toString().endsWith(".java"))
                            .map(Path::getParent).distinct().toList()) {
                        String name = sources.relativize(folder).toString().replace('/', '.');
                        Path info = folder.resolve("package-info.java");
                        said.put(name, Files.exists(info) ? Files.readString(info) : "");
                    }
                }
            }
        }

        assertThat(said).as("the packages found").hasSizeGreaterThan(25);
        List<String> unsaid = said.entrySet().stream().filter(entry -> !entry.getValue().contains(" * Public API.")
                && !entry.getValue().contains(" * Internal: ")).map(Map.Entry::getKey).toList();
        assertThat(unsaid).as("packages whose package-info does not say whether they are public").isEmpty();
        List<String> saidPublic = said.entrySet().stream().filter(entry -> entry.getValue().contains(" * Public API."))
                .map(Map.Entry::getKey).toList();
        assertThat(saidPublic).containsExactlyInAnyOrderElementsOf(PublicApi.PACKAGES);
    }
}
