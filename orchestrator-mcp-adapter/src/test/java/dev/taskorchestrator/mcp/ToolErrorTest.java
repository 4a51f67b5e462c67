package dev.taskorchestrator.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolErrorTest {

    @Test
    void givenADomainError_whenTranslated_thenCodeMessageFieldAndAllowedValuesReachTheClient() {
        OrchestratorException failure = org.assertj.core.api.Assertions.catchThrowableOfType(OrchestratorException.class,
                () -> TaskStatus.parse("done", "status"));

        ToolError error = ToolError.from(failure);

        assertThat(error.code()).isEqualTo("invalid_argument");
        assertThat(error.field()).contains("status");
        assertThat(error.allowed()).contains("pending", "archived");
        assertThat(error.retryable()).isFalse();
        assertThat(error.text()).startsWith("error invalid_argument: status 'done' is not one of")
                .contains("(allowed: pending, in_progress");
    }

    @Test
    void givenAConflict_whenTranslated_thenTheClientLearnsItMayRetry() {
        ToolError error = ToolError.from(new OrchestratorException(ErrorCode.CONFLICT, "stale version"));

        assertThat(error.retryable()).isTrue();
        assertThat(error.text()).endsWith("[retryable]");
    }

    @Test
    void givenAnUnexpectedFailure_whenTranslated_thenNoDetailOrStackTraceLeaks() {
        RuntimeException bug = new IllegalStateException("NullPointer at com.secret.Internal line 42");

        ToolError error = ToolError.from(bug);

        assertThat(error.code()).isEqualTo("internal");
        assertThat(error.message()).doesNotContain("secret", "42").contains("changed nothing");
        assertThat(error.allowed()).isEqualTo(List.of());
    }

    @Test
    void givenAnInternalDomainError_whenTranslated_thenItsDetailStaysInTheLogToo() {
        ToolError error = ToolError.from(OrchestratorException.internal("row 17 of tasks is corrupt"));

        assertThat(error.message()).doesNotContain("row 17");
    }
}
