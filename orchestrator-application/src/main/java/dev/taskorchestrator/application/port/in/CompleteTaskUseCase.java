package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.artifact.ArtifactMetadata;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.task.NextAction;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.List;
import java.util.Optional;

/**
 * Hands in a task's work: the detailed work becomes an artifact, the summary stays on the task.
 * The reply tells the parent's progress and the next ready task.
 */
public interface CompleteTaskUseCase {

    Result complete(Command command);

    /**
     * @param actor who hands the work in: the task's holder, or an operator overriding the claim
     * @param workspace the workspace that {@code filePaths} are relative to, when the task has no session
     */
    record Command(
            TaskId taskId,
            String summary,
            String detailedWork,
            ArtifactType artifactType,
            Optional<String> artifactName,
            List<String> filePaths,
            NextAction nextAction,
            Actor actor,
            boolean overrideClaim,
            Optional<String> workspace) {

        public static final ArtifactType DEFAULT_ARTIFACT_TYPE = ArtifactType.GENERAL;
        public static final NextAction DEFAULT_NEXT_ACTION = NextAction.CONTINUE;

        public Command {
            Checks.required(taskId, "task_id");
            summary = Checks.text(summary, "summary", 1, Limits.SUMMARY_MAX);
            detailedWork = Checks.content(detailedWork, "detailed_work", Limits.ARTIFACT_CONTENT_MAX);
            Checks.required(artifactType, "artifact_type");
            artifactName = Checks.optionalText(artifactName, "artifact_name", Limits.SHORT_TEXT_MAX);
            filePaths = Checks.list(filePaths, "file_paths", Limits.FILE_PATHS_MAX);
            Checks.required(nextAction, "next_action");
            Checks.required(actor, "agent");
            Checks.required(workspace, "workspace");
        }

        public static Command of(TaskId taskId, String summary, String detailedWork, Actor actor) {
            return new Command(taskId, summary, detailedWork, DEFAULT_ARTIFACT_TYPE, Optional.empty(), List.of(),
                    DEFAULT_NEXT_ACTION, actor, false, Optional.empty());
        }
    }

    /**
     * @param parentProgress the parent's progress after this completion, if the task has a parent
     * @param autoCompleted parents completed by themselves because their plan asked for it
     * @param nextTask the best task to do next in the same session, if any is ready
     */
    record Result(Task task, ArtifactMetadata artifact, Optional<PlanProgress> parentProgress, List<TaskId> autoCompleted,
            List<TaskId> unblocked, Optional<Task> nextTask) {
        public Result {
            autoCompleted = List.copyOf(autoCompleted);
            unblocked = List.copyOf(unblocked);
        }

        /** The same completion with what it unblocked and the task to do next, read once it committed. */
        public Result withFollowUps(List<TaskId> nowReady, Optional<Task> next) {
            return new Result(task, artifact, parentProgress, autoCompleted, nowReady, next);
        }
    }
}
