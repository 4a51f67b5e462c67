package dev.taskorchestrator.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    private static final BearerToken TOKEN = BearerToken.of("0123456789abcdef0123", "token");

    @Test
    void givenAToken_whenCompared_thenOnlyTheBearerOfThatVeryTextIsAdmittedAndNothingShowsIt() {
        assertThat(TOKEN.admits("Bearer 0123456789abcdef0123")).isTrue();
        assertThat(TOKEN.admits("bearer 0123456789abcdef0123 ")).isTrue();
        assertThat(TOKEN.admits("Bearer 0123456789abcdef012")).isFalse();
        assertThat(TOKEN.admits("0123456789abcdef0123")).isFalse();
        assertThat(TOKEN.admits("Basic 0123456789abcdef0123")).isFalse();
        assertThat(TOKEN.admits(null)).isFalse();
        assertThat(TOKEN.toString()).doesNotContain("0123");
        assertThat(catchThrowableOfType(OrchestratorException.class, () -> BearerToken.of(" short ", "token_file"))
                .field()).contains("token_file");
    }

    @Test
    void givenAnAddressBeyondLoopback_whenNoTokenIsSet_thenRefusedSayingHowToSetOne() {
        OrchestratorException refused = catchThrowableOfType(OrchestratorException.class, () -> new HttpSettings(
                "0.0.0.0", 8765, Optional.empty(), List.of(), List.of(), 1024, 4, HttpSettings.DEFAULT_SESSION_IDLE));

        assertThat(refused.field()).contains("http");
        assertThat(refused.getMessage()).contains("ORCHESTRATOR_TOKEN", "--token-file");
        assertThat(new HttpSettings("0.0.0.0", 8765, Optional.of(TOKEN), List.of(), List.of(), 1024, 4,
                HttpSettings.DEFAULT_SESSION_IDLE).token()).isPresent();
        assertThat(HttpSettings.loopback(0, Optional.empty()).host()).isEqualTo("127.0.0.1");
        assertThat(new HttpSettings("::1", 0, Optional.empty(), List.of(), List.of(), 1024, 4,
                HttpSettings.DEFAULT_SESSION_IDLE).host()).isEqualTo("::1");
    }

    @Test
    void givenTheBoundHost_whenHostsAreAccepted_thenLoopbackNamesTheBoundOneBracketedForIpv6AndTheConfigured() {
        HttpSettings v6 = new HttpSettings("fe80::1", 8765, Optional.of(TOKEN), List.of("tasks.example.com"), List.of(),
                1024, 4, HttpSettings.DEFAULT_SESSION_IDLE);

        assertThat(v6.hostsAccepted()).contains("localhost:*", "127.0.0.1:*", "[::1]:*", "[fe80::1]:*",
                "tasks.example.com");
        assertThat(HttpSettings.authority("::1")).isEqualTo("[::1]");
        assertThat(HttpSettings.authority("tasks.example.com")).isEqualTo("tasks.example.com");
    }
}
