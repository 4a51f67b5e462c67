package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.cli.command.ServeCommand;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.mcp.http.HttpSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpServerSettingsTest {

    private static final Map<String, String> TOKENED = Map.of("ORCHESTRATOR_TOKEN", "0123456789abcdef0123");

    @TempDir
    Path folder;

    private static ServeCommand.Options http(String address, Optional<Path> tokenFile) {
        return new ServeCommand.Options(Optional.empty(), Optional.empty(), Optional.of(address), tokenFile,
                List.of("proxy.example.com"), List.of(), Optional.empty());
    }

    @Test
    void givenAddresses_whenRead_thenThePortAloneMeansLoopbackAndHostsIncludingIpv6AreKept() {
        assertThat(HttpServer.settings(http("8765", Optional.empty()), Map.of()))
                .extracting(HttpSettings::host, HttpSettings::port).containsExactly("127.0.0.1", 8765);
        assertThat(HttpServer.settings(http("localhost:0", Optional.empty()), Map.of()))
                .extracting(HttpSettings::host, HttpSettings::port).containsExactly("localhost", 0);
        assertThat(HttpServer.settings(http("[::1]:9000", Optional.empty()), Map.of()))
                .extracting(HttpSettings::host, HttpSettings::port).containsExactly("::1", 9000);
        assertThat(HttpServer.settings(http("0.0.0.0:8765", Optional.empty()), TOKENED).token()).isPresent();
        assertThat(HttpServer.settings(http("8765", Optional.empty()), Map.of()).allowedHosts())
                .containsExactly("proxy.example.com");
    }

    @Test
    void givenBadAddressesOrTokens_whenRead_thenEachNamesTheOptionToFix() throws Exception {
        assertThat(catchThrowableOfType(OrchestratorException.class, () -> HttpServer.settings(http("web", Optional.empty()),
                Map.of())).field()).contains("http");
        assertThat(catchThrowableOfType(OrchestratorException.class, () -> HttpServer.settings(http("70000",
                Optional.empty()), Map.of())).field()).contains("http");
        assertThat(catchThrowableOfType(OrchestratorException.class, () -> HttpServer.settings(http("0.0.0.0:1",
                Optional.empty()), Map.of())).getMessage()).contains("without a token");
        Path shortToken = Files.writeString(folder.resolve("token"), "short\n");
        assertThat(catchThrowableOfType(OrchestratorException.class, () -> HttpServer.settings(http("1",
                Optional.of(shortToken)), Map.of())).field()).contains("token_file");
        assertThat(catchThrowableOfType(OrchestratorException.class, () -> HttpServer.settings(http("1",
                Optional.of(folder.resolve("missing"))), Map.of())).getMessage()).contains("cannot read");
        Path goodToken = Files.writeString(folder.resolve("good"), "fedcba9876543210fedcba\n");
        assertThat(HttpServer.settings(http("0.0.0.0:1", Optional.of(goodToken)), Map.of()).token()).isPresent();
    }
}
