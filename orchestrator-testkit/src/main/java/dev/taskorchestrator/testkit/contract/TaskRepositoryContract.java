package dev.taskorchestrator.testkit.contract;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.ReadyTask;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskPage;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TaskRepository} must do. Extend it and return a fresh store from
 * {@link #createStore()}; tests scope their queries to their own session, so several test
 * classes may share one database.
 */
public abstract class TaskRepositoryContract {

    protected static final Instant T0 = MutableClock.START;

    protected abstract StorePorts createStore();

    protected TaskRepository tasks;
    protected SessionId session;

    @BeforeEach
    void setUpStore() {
        tasks = createStore().tasks();
        session = TestIds.sessionId();
    }

    private Task stored(dev.taskorchestrator.testkit.fixtures.TaskBuilder builder) {
        Task task = builder.inSession(session).build();
        tasks.add(task);
        return task;
    }

    private TaskFilter mine() {
        return TaskFilter.any().withSession(Optional.of(session));
    }

    @Nested
    class Adding {
        @Test
        void givenATaskWithEveryField_whenAdded_thenItReadsBackEqual() {
            Task prerequisite = stored(aTask());
            Task parent = stored(aTask());
            Task task = stored(aTask().withParent(parent.id()).withTitle("Ünïcödé title 'quoted'")
                    .withDescription("line one\nline two").withType(TaskType.RESEARCH).withSpecialist("researcher")
                    .withComplexity(Complexity.VERY_COMPLEX).withPriority(Priority.CRITICAL).withEffort("2h")
                    .withDueDate(T0.plus(Duration.ofDays(3)))
                    .withContext(Map.of("repo", "x", "depth", 3, "flags", List.of(true, false), "nested", Map.of("k", "v")))
                    .dependingOn(prerequisite.id()).autoCompletingParent().withStatusReason("why")
                    .claimedBy("agent-1", T0.plus(Duration.ofMinutes(30)).plusNanos(123_456_789)).withAttempts(2)
                    .withVersion(0).createdAt(T0.plusNanos(987_654_321)).startedAt(T0.plus(Duration.ofMinutes(2))));

            Task read = tasks.findById(task.id()).orElseThrow();

            assertThat(read.data()).isEqualTo(task.data());
        }

        @Test
        void givenAStoredTask_whenAddedAgain_thenConflict() {
            Task task = stored(aTask());

            assertThatThrownBy(() -> tasks.add(task))
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        }

        @Test
        void givenNoTask_whenFoundById_thenEmpty() {
            assertThat(tasks.findById(TestIds.taskId())).isEmpty();
        }
    }

    @Nested
    class Updating {
        @Test
        void givenEveryFieldChanged_whenUpdated_thenEachChangeIsStoredAndTheRestKept() {
            Task parent = stored(aTask());
            Task prerequisite = stored(aTask());
            Task before = stored(aTask().withVersion(4));
            Task after = aTask().withId(before.id()).inSession(session).withParent(parent.id()).withTitle("After")
                    .withDescription("Changed").withType(TaskType.TESTING).withSpecialist("tester")
                    .withComplexity(Complexity.COMPLEX).withPriority(Priority.HIGH).withEffort("3d")
                    .withDueDate(T0.plus(Duration.ofDays(9))).withContext(Map.of("k", 1)).dependingOn(prerequisite.id())
                    .autoCompletingParent().withSummary("sum").withStatusReason("because")
                    .claimedBy("agent-2", T0.plus(Duration.ofMinutes(7))).withAttempts(3).withVersion(4)
                    .createdAt(before.createdAt()).startedAt(T0.plusSeconds(1)).build();

            Task updated = tasks.update(after);

            assertThat(tasks.findById(before.id())).contains(updated);
            assertThat(updated).isEqualTo(after.withVersion(5));
            Task again = tasks.update(updated.edit(titled("Only the title"), T0.plusSeconds(2)));
            assertThat(tasks.findById(before.id())).contains(again);
            assertThat(tasks.findById(before.id()).orElseThrow().data().description()).as("kept").isEqualTo("Changed");
        }

        @Test
        void givenTheCurrentVersion_whenUpdated_thenStoredWithTheNextVersion() {
            Task task = stored(aTask());

            Task updated = tasks.update(task.edit(titled("renamed"), T0.plusSeconds(5)));

            assertThat(updated.version()).isEqualTo(task.version() + 1);
            assertThat(tasks.findById(task.id()).orElseThrow()).isEqualTo(updated);
            assertThat(updated.title()).isEqualTo("renamed");
        }

        @Test
        void givenAStaleVersion_whenUpdated_thenConflictAndTheStoredTaskIsUnchanged() {
            Task task = stored(aTask());
            Task first = tasks.update(task.edit(titled("first"), T0));

            assertThatThrownBy(() -> tasks.update(task.edit(titled("second"), T0)))
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
            assertThat(tasks.findById(task.id()).orElseThrow()).isEqualTo(first);
        }

        @Test
        void givenARemovedTask_whenUpdated_thenConflict() {
            Task task = stored(aTask());
            tasks.remove(List.of(task.id()));

            assertThatThrownBy(() -> tasks.update(task.edit(titled("late"), T0)))
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        }

        @Test
        void givenChangedDependencies_whenUpdated_thenTheNewListIsStoredInOrder() {
            Task a = stored(aTask());
            Task b = stored(aTask());
            Task task = stored(aTask().dependingOn(a.id()));

            tasks.update(task.withDependencies(List.of(b.id(), a.id()), T0));

            assertThat(tasks.findById(task.id()).orElseThrow().dependencies()).containsExactly(b.id(), a.id());
            assertThat(tasks.findDependents(b.id())).extracting(Task::id).containsExactly(task.id());
        }
    }

    @Nested
    class Finding {
        @Test
        void givenSomeIdsThatExist_whenFoundAllById_thenOnlyThoseAreReturned() {
            Task a = stored(aTask());
            Task b = stored(aTask());

            Map<TaskId, Task> found = tasks.findAllById(List.of(a.id(), TestIds.taskId(), b.id()));

            assertThat(found).containsOnlyKeys(a.id(), b.id());
        }

        @Test
        void givenAParent_whenItsChildrenAreFound_thenOnlyDirectChildrenInCreationOrder() {
            Task parent = stored(aTask());
            Task first = stored(aTask().withParent(parent.id()));
            Task second = stored(aTask().withParent(parent.id()));
            stored(aTask().withParent(first.id()));

            assertThat(tasks.findChildren(parent.id())).extracting(Task::id).containsExactly(first.id(), second.id());
        }

        @Test
        void givenSubtasksInEveryState_whenTheirProgressIsCounted_thenItIsWhatLoadingThemWouldCount() {
            Task parent = stored(aTask());
            for (TaskStatus status : TaskStatus.values()) {
                stored(aTask().withParent(parent.id()).withStatus(status));
            }
            stored(aTask().withParent(parent.id()).withStatus(TaskStatus.ARCHIVED).completedAt(Instant.EPOCH));
            stored(aTask().withParent(parent.id()).withStatus(TaskStatus.COMPLETED));
            Task grandchild = stored(aTask().withParent(parent.id()));
            stored(aTask().withParent(grandchild.id()).withStatus(TaskStatus.COMPLETED));

            PlanProgress counted = tasks.subtaskProgress(parent.id());

            assertThat(counted).isEqualTo(PlanProgress.of(tasks.findChildren(parent.id())));
            assertThat(counted.total()).isEqualTo(TaskStatus.values().length + 3);
            assertThat(counted.completed()).isEqualTo(3);
            assertThat(counted.failed()).isEqualTo(1);
            assertThat(tasks.subtaskProgress(TestIds.taskId())).isEqualTo(PlanProgress.counted(0, 0, 0, 0));
        }

        @Test
        void givenTasksDependingOnAPrerequisite_whenDependentsAreFound_thenExactlyThoseInIdOrder() {
            Task prerequisite = stored(aTask());
            Task other = stored(aTask());
            Task first = stored(aTask().dependingOn(prerequisite.id()));
            Task second = stored(aTask().dependingOn(other.id(), prerequisite.id()));
            stored(aTask().dependingOn(other.id()));

            assertThat(tasks.findDependents(prerequisite.id())).extracting(Task::id).containsExactly(first.id(), second.id());
        }

        @Test
        void givenChainsOfDependents_whenTheLongestOpenChainsAreMeasured_thenOnlyOpenTasksCountAlongTheLongestPath() {
            Task a = stored(aTask());
            Task b = stored(aTask());
            Task lonely = stored(aTask());
            Task a1 = stored(aTask().dependingOn(a.id()));
            Task a2 = stored(aTask().dependingOn(a1.id()).withStatus(TaskStatus.BLOCKED));
            stored(aTask().dependingOn(a2.id(), b.id()));
            stored(aTask().dependingOn(a.id()));
            stored(aTask().dependingOn(b.id()).withStatus(TaskStatus.COMPLETED));

            Map<TaskId, Integer> chains = tasks.longestOpenDependentChains(List.of(a.id(), b.id(), lonely.id()), 10);

            assertThat(chains.get(a.id())).isEqualTo(3);
            assertThat(chains.get(b.id())).isEqualTo(1);
            assertThat(chains.getOrDefault(lonely.id(), 0)).isZero();
            assertThat(tasks.longestOpenDependentChains(List.of(a.id(), b.id()), 2))
                    .containsEntry(a.id(), 2).containsEntry(b.id(), 1);
        }

        @Test
        void givenATree_whenDescendantsAreFound_thenEveryLevelComesParentsBeforeChildren() {
            Task root = stored(aTask());
            Task child = stored(aTask().withParent(root.id()));
            Task otherChild = stored(aTask().withParent(root.id()));
            Task grandchild = stored(aTask().withParent(child.id()));
            stored(aTask());

            List<TaskId> found = tasks.findDescendants(root.id()).stream().map(Task::id).toList();

            assertThat(found).containsExactlyInAnyOrder(child.id(), otherChild.id(), grandchild.id());
            assertThat(found.indexOf(child.id())).isLessThan(found.indexOf(grandchild.id()));
            assertThat(tasks.findDescendants(grandchild.id())).isEmpty();
        }

        @Test
        void givenTasksLockedForUpdate_whenTheyAreUpdatedInTheSameUnitOfWork_thenTheUpdateGoesThrough() {
            Task task = stored(aTask());

            tasks.lockForUpdate(List.of(task.id(), TestIds.taskId()));

            assertThat(tasks.update(task.edit(titled("locked"), T0)).title()).isEqualTo("locked");
        }

        @Test
        void givenRemovedTasks_whenFound_thenTheyAreGone() {
            Task parent = stored(aTask());
            Task child = stored(aTask().withParent(parent.id()));

            tasks.remove(List.of(child.id(), parent.id()));

            assertThat(tasks.findAllById(List.of(parent.id(), child.id()))).isEmpty();
        }
    }

    @Nested
    class Querying {
        @Test
        void givenEachFilter_whenQueried_thenTheStoreAgreesWithTheFilterMeaning() {
            Task parent = stored(aTask().withTitle("Parent plan").withType(TaskType.BREAKDOWN));
            List<Task> all = new ArrayList<>(List.of(parent));
            Priority[] priorities = Priority.values();
            Complexity[] complexities = Complexity.values();
            TaskStatus[] statuses = {TaskStatus.PENDING, TaskStatus.BLOCKED, TaskStatus.FAILED, TaskStatus.CANCELLED,
                    TaskStatus.COMPLETED, TaskStatus.IN_PROGRESS};
            String[] specialists = {"architect", "implementer", "tester"};
            for (int i = 0; i < 24; i++) {
                all.add(stored(aTask().withParent(parent.id()).withTitle(i % 4 == 0 ? "Write the Parser " + i : "Task " + i)
                        .withDescription(i % 5 == 0 ? "touches the PARSER module" : "other work")
                        .withType(i % 2 == 0 ? TaskType.IMPLEMENTATION : TaskType.TESTING)
                        .withStatus(statuses[i % statuses.length]).withSpecialist(specialists[i % 3])
                        .withComplexity(complexities[i % complexities.length]).withPriority(priorities[i % priorities.length])
                        .createdMinutesAfterStart(i)));
            }
            List<TaskFilter> filters = List.of(
                    mine(),
                    mine().withStatuses(Set.of(TaskStatus.PENDING, TaskStatus.FAILED)),
                    new TaskFilter(Set.of(), Set.of(TaskType.TESTING), Set.of(), Set.of(), Set.of(), Optional.empty(),
                            Optional.of(session), Optional.empty(), Optional.empty(), Optional.empty()),
                    new TaskFilter(Set.of(), Set.of(), Set.of("architect", "tester"), Set.of(), Set.of(), Optional.empty(),
                            Optional.of(session), Optional.empty(), Optional.empty(), Optional.empty()),
                    new TaskFilter(Set.of(), Set.of(), Set.of(), Set.of(Complexity.TRIVIAL, Complexity.VERY_COMPLEX), Set.of(),
                            Optional.empty(), Optional.of(session), Optional.empty(), Optional.empty(), Optional.empty()),
                    new TaskFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(Priority.CRITICAL), Optional.empty(),
                            Optional.of(session), Optional.empty(), Optional.empty(), Optional.empty()),
                    mine().withParent(parent.id()),
                    new TaskFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.of(session),
                            Optional.of("parser"), Optional.empty(), Optional.empty()),
                    new TaskFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.of(session),
                            Optional.empty(), Optional.of(T0.plus(Duration.ofMinutes(5))),
                            Optional.of(T0.plus(Duration.ofMinutes(10)))),
                    new TaskFilter(Set.of(TaskStatus.PENDING, TaskStatus.COMPLETED), Set.of(TaskType.IMPLEMENTATION),
                            Set.of("architect", "implementer"), Set.of(), Set.of(), Optional.of(parent.id()),
                            Optional.of(session), Optional.of("PARSER"), Optional.empty(), Optional.empty()));

            for (TaskFilter filter : filters) {
                List<TaskId> expected = all.stream().filter(filter::matches).map(Task::id).sorted().toList();
                assertThat(tasks.query(filter, Optional.empty(), 500).tasks()).extracting(Task::id)
                        .as("query %s", filter).containsExactlyElementsOf(expected);
                assertThat(tasks.count(filter)).as("count %s", filter).isEqualTo(expected.size());
            }
        }

        @Test
        void givenTextWithWildcardsAndNonAsciiLetters_whenSearched_thenItIsAPlainSubstringIgnoringAsciiCaseOnly() {
            Task percent = stored(aTask().withTitle("Raise coverage to 100% now"));
            Task underscore = stored(aTask().withTitle("rename user_id"));
            Task accented = stored(aTask().withTitle("Résumé ÉCOLE"));
            Task backslash = stored(aTask().withTitle("Clean C:\\Temp\\%_x"));
            stored(aTask().withTitle("100 percent"));
            stored(aTask().withTitle("userXid"));
            stored(aTask().withTitle("Clean C:/Temp/ab"));

            assertThat(search("100%")).containsExactly(percent.id());
            assertThat(search("USER_ID")).containsExactly(underscore.id());
            assertThat(search("résumé")).containsExactly(accented.id());
            assertThat(search("école")).isEmpty();
            assertThat(search("ÉCOLE")).containsExactly(accented.id());
            assertThat(search("c:\\temp\\%_")).containsExactly(backslash.id());
            assertThat(search("\\")).containsExactly(backslash.id());
        }

        @Test
        void givenLongDescriptions_whenSearched_thenATextIsFoundWhereverItIsAndShortTextsToo() {
            String filler = "lorem ipsum ".repeat(1_000);
            Task early = stored(aTask().withDescription("Needle early, " + filler));
            Task across = stored(aTask().withDescription("x".repeat(3_997) + "NeedleAcross " + filler));
            Task late = stored(aTask().withDescription(filler + "needle late"));
            Task titled = stored(aTask().withTitle("Ab needle"));
            stored(aTask().withTitle("A b").withDescription(filler));

            assertThat(search("needle EARLY")).containsExactly(early.id());
            assertThat(search("needleacross")).containsExactly(across.id());
            assertThat(search("NEEDLE LATE")).containsExactly(late.id());
            assertThat(search("needle")).containsExactlyInAnyOrder(early.id(), across.id(), late.id(), titled.id());
            assertThat(search("aB")).containsExactly(titled.id());
            assertThat(search("\"")).isEmpty();
        }

        @Test
        void givenATextChangedOrATaskRemoved_whenSearched_thenOnlyTheCurrentTextIsFound() {
            Task renamed = stored(aTask().withTitle("Old parser work"));
            Task removed = stored(aTask().withTitle("Old parser notes"));
            Task unchanged = stored(aTask().withTitle("Old parser tests"));

            tasks.update(renamed.edit(new dev.taskorchestrator.domain.task.TaskChanges(Optional.of("New lexer work"),
                    Optional.of("Say \"quoted\" things"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), T0));
            tasks.remove(List.of(removed.id()));

            assertThat(search("old parser")).containsExactly(unchanged.id());
            assertThat(search("lexer")).containsExactly(renamed.id());
            assertThat(search("say \"quoted\"")).containsExactly(renamed.id());
            assertThat(search("\"quo")).containsExactly(renamed.id());
        }

        private List<TaskId> search(String text) {
            TaskFilter filter = new TaskFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(),
                    Optional.of(session), Optional.of(text), Optional.empty(), Optional.empty());
            return tasks.query(filter, Optional.empty(), 100).tasks().stream().map(Task::id).toList();
        }

        @Test
        void givenMoreTasksThanALimit_whenPagedWithTheLastIdSeen_thenEveryTaskComesOnceInOrder() {
            List<TaskId> ids = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                ids.add(stored(aTask()).id());
            }
            List<TaskId> seen = new ArrayList<>();
            Optional<TaskId> after = Optional.empty();
            List<Boolean> hasMore = new ArrayList<>();
            do {
                TaskPage page = tasks.query(mine(), after, 3);
                page.tasks().forEach(t -> seen.add(t.id()));
                hasMore.add(page.hasMore());
                after = page.tasks().isEmpty() ? Optional.empty() : Optional.of(page.tasks().get(page.tasks().size() - 1).id());
            } while (hasMore.get(hasMore.size() - 1));

            assertThat(seen).containsExactlyElementsOf(ids);
            assertThat(hasMore).containsExactly(true, true, false);
        }

        @Test
        void givenTasksInSeveralStatuses_whenCountedByStatus_thenEachStatusHasItsCountWithinTheSession() {
            stored(aTask());
            stored(aTask());
            stored(aTask().withStatus(TaskStatus.COMPLETED));
            tasks.add(aTask().inSession(TestIds.sessionId()).build());

            assertThat(tasks.countByStatus(Optional.of(session)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(TaskStatus.PENDING, 2L, TaskStatus.COMPLETED, 1L));
        }
    }

    @Nested
    class ReachingPrerequisites {
        @Test
        void givenChains_whenPrerequisitesAreReachedFromATask_thenEveryEdgeBelowItInOrderAndNothingElse() {
            Task a = stored(aTask());
            Task b = stored(aTask().dependingOn(a.id()));
            Task side = stored(aTask());
            Task c = stored(aTask().dependingOn(b.id(), side.id()));
            Task other = stored(aTask().dependingOn(a.id()));

            Map<TaskId, List<TaskId>> edges = tasks.prerequisitesReachableFrom(List.of(c.id()));

            assertThat(edges).containsOnlyKeys(c.id(), b.id());
            assertThat(edges.get(c.id())).containsExactly(b.id(), side.id());
            assertThat(edges.get(b.id())).containsExactly(a.id());
            assertThat(tasks.prerequisitesReachableFrom(List.of(other.id(), a.id()))).containsOnlyKeys(other.id());
            assertThat(tasks.prerequisitesReachableFrom(List.of())).isEmpty();
        }
    }

    @Nested
    class FindingReadyTasks {
        private ReadyFilter filter() {
            return new ReadyFilter(Optional.of(session), Optional.empty());
        }

        @Test
        void givenTasksInEveryState_whenReadyTasksAreFound_thenOnlyStartableOnesWithDonePrerequisitesAndClosedSubtasks() {
            Task done = stored(aTask().withStatus(TaskStatus.COMPLETED));
            Task archivedDone = stored(aTask().withStatus(TaskStatus.COMPLETED));
            archivedDone = tasks.update(archivedDone.moveTo(TaskStatus.ARCHIVED, Optional.empty(), T0));
            Task open = stored(aTask());
            Task ready = stored(aTask().dependingOn(done.id(), archivedDone.id()));
            stored(aTask().dependingOn(done.id(), open.id()));
            stored(aTask().withStatus(TaskStatus.BLOCKED));
            stored(aTask().withStatus(TaskStatus.FAILED));
            Task expired = stored(aTask().claimedBy("gone", T0.minusSeconds(1)));
            stored(aTask().claimedBy("busy", T0.plus(Duration.ofMinutes(5))));
            Task parentWithOpenChild = stored(aTask());
            stored(aTask().withParent(parentWithOpenChild.id()).withStatus(TaskStatus.COMPLETED));
            Task openChild = stored(aTask().withParent(parentWithOpenChild.id()).dependingOn(open.id()));
            Task parentWithClosedChildren = stored(aTask());
            stored(aTask().withParent(parentWithClosedChildren.id()).withStatus(TaskStatus.COMPLETED));

            List<TaskId> found = tasks.findReady(filter(), T0, 100).stream().map(Task::id).toList();

            assertThat(found).containsExactlyInAnyOrder(open.id(), ready.id(), expired.id(),
                    parentWithClosedChildren.id());
            assertThat(found).doesNotContain(openChild.id(), parentWithOpenChild.id());
        }

        @Test
        void givenPrerequisitesThatChange_whenReadyTasksAreFound_thenEachChangeCountsAtOnce() {
            Task a = stored(aTask());
            Task b = stored(aTask());
            Task fanIn = stored(aTask().dependingOn(a.id(), b.id()));
            assertThat(isReady(fanIn)).as("two prerequisites open").isFalse();

            a = tasks.update(a.moveTo(TaskStatus.COMPLETED, Optional.empty(), T0));
            assertThat(isReady(fanIn)).as("one of two done").isFalse();
            b = tasks.update(b.moveTo(TaskStatus.COMPLETED, Optional.empty(), T0));
            assertThat(isReady(fanIn)).as("both done").isTrue();
            tasks.update(a.moveTo(TaskStatus.ARCHIVED, Optional.empty(), T0));
            assertThat(isReady(fanIn)).as("a done prerequisite archived").isTrue();

            tasks.remove(List.of(b.id()));
            assertThat(isReady(fanIn)).as("a prerequisite removed is not done").isFalse();
            fanIn = tasks.update(fanIn.withDependencies(List.of(a.id()), T0));
            assertThat(isReady(fanIn)).as("prerequisites replaced by a done one").isTrue();
            Task c = stored(aTask());
            fanIn = tasks.update(fanIn.withDependencies(List.of(a.id(), c.id()), T0));
            assertThat(isReady(fanIn)).as("and one not done added").isFalse();

            TaskId later = dev.taskorchestrator.testkit.fixtures.TestIds.taskId();
            Task early = stored(aTask().dependingOn(later));
            assertThat(isReady(early)).as("its prerequisite not stored yet").isFalse();
            stored(aTask().withId(later).withStatus(TaskStatus.COMPLETED));
            assertThat(isReady(early)).as("its prerequisite stored, done").isTrue();
        }

        @Test
        void givenTasksAddedTogether_whenReadyTasksAreFound_thenEachCountsAsIfAddedOneByOne() {
            TaskId later = dev.taskorchestrator.testkit.fixtures.TestIds.taskId();
            Task waitingBefore = stored(aTask().dependingOn(later));
            Task done = aTask().withId(later).withStatus(TaskStatus.COMPLETED).inSession(session).build();
            Task open = aTask().inSession(session).build();
            Task afterDone = aTask().dependingOn(done.id()).inSession(session).build();
            Task afterOpen = aTask().dependingOn(done.id(), open.id()).inSession(session).build();
            Task doneAfter = aTask().withStatus(TaskStatus.COMPLETED).inSession(session).build();
            Task beforeItsPrerequisite = aTask().dependingOn(doneAfter.id()).inSession(session).build();
            Task parent = aTask().inSession(session).build();
            Task child = aTask().withParent(parent.id()).dependingOn(open.id()).inSession(session).build();
            List<Task> together = List.of(afterDone, done, open, afterOpen, beforeItsPrerequisite, doneAfter, parent, child);

            tasks.addAll(together);

            assertThat(tasks.findReady(filter(), T0, 100)).extracting(Task::id).containsExactlyInAnyOrder(
                    waitingBefore.id(), afterDone.id(), open.id(), beforeItsPrerequisite.id());
            for (Task task : together) {
                assertThat(tasks.findById(task.id())).get().extracting(Task::data).isEqualTo(task.data());
            }
        }

        private boolean isReady(Task task) {
            return tasks.findReady(filter(), T0, 100).stream().anyMatch(found -> found.id().equals(task.id()));
        }

        @Test
        void givenReadyTasks_whenFound_thenOpenPlansFirstThenHigherPriorityThenOlder() {
            Task startedPlan = stored(aTask().withStatus(TaskStatus.IN_PROGRESS));
            Task idlePlan = stored(aTask());
            Task lowOld = stored(aTask().withPriority(Priority.LOW).createdMinutesAfterStart(1));
            Task highNew = stored(aTask().withPriority(Priority.HIGH).createdMinutesAfterStart(9));
            Task highOld = stored(aTask().withPriority(Priority.HIGH).createdMinutesAfterStart(2));
            Task inStartedPlan = stored(aTask().withParent(startedPlan.id()).withPriority(Priority.LOW)
                    .createdMinutesAfterStart(20));
            Task inIdlePlan = stored(aTask().withParent(idlePlan.id()).withPriority(Priority.CRITICAL)
                    .createdMinutesAfterStart(30));

            List<TaskId> found = tasks.findReady(filter(), T0, 100).stream().map(Task::id).toList();

            assertThat(found).containsExactly(inStartedPlan.id(), inIdlePlan.id(), highOld.id(), highNew.id(), lowOld.id());
            assertThat(tasks.findReadyToRank(filter(), T0, 100)).containsExactly(
                    new ReadyTask(inStartedPlan.id(), Priority.LOW, inStartedPlan.createdAt(), true),
                    new ReadyTask(inIdlePlan.id(), Priority.CRITICAL, inIdlePlan.createdAt(), false),
                    new ReadyTask(highOld.id(), Priority.HIGH, highOld.createdAt(), false),
                    new ReadyTask(highNew.id(), Priority.HIGH, highNew.createdAt(), false),
                    new ReadyTask(lowOld.id(), Priority.LOW, lowOld.createdAt(), false));
            assertThat(tasks.findReadyToRank(filter(), T0, 2)).extracting(ReadyTask::id)
                    .containsExactly(inStartedPlan.id(), inIdlePlan.id());
            assertThat(tasks.findReady(filter(), T0, 3)).extracting(Task::id)
                    .containsExactly(inStartedPlan.id(), inIdlePlan.id(), highOld.id());
        }

        @Test
        void givenSeveralPlansUnderWay_whenFound_thenTheirReadySubtasksComeFirstMergedByPriorityThenAge() {
            Task first = stored(aTask().withStatus(TaskStatus.IN_PROGRESS));
            Task second = stored(aTask().withStatus(TaskStatus.IN_PROGRESS));
            Task firstLow = stored(aTask().withParent(first.id()).withPriority(Priority.LOW).createdMinutesAfterStart(1));
            Task secondHigh = stored(aTask().withParent(second.id()).withPriority(Priority.HIGH)
                    .createdMinutesAfterStart(5));
            Task firstHigh = stored(aTask().withParent(first.id()).withPriority(Priority.HIGH).createdMinutesAfterStart(3));
            stored(aTask().withParent(second.id()).withStatus(TaskStatus.COMPLETED).withPriority(Priority.CRITICAL));
            Task waiting = stored(aTask().withParent(second.id()).withPriority(Priority.CRITICAL));
            Task belowWaiting = stored(aTask().withParent(waiting.id()).withPriority(Priority.MEDIUM));
            Task idle = stored(aTask().withPriority(Priority.CRITICAL));

            assertThat(tasks.findReadyToRank(filter(), T0, 100)).extracting(ReadyTask::id, ReadyTask::planOpen)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(firstHigh.id(), true),
                            org.assertj.core.groups.Tuple.tuple(secondHigh.id(), true),
                            org.assertj.core.groups.Tuple.tuple(firstLow.id(), true),
                            org.assertj.core.groups.Tuple.tuple(idle.id(), false),
                            org.assertj.core.groups.Tuple.tuple(belowWaiting.id(), false));
            assertThat(tasks.findReadyToRank(filter(), T0, 2)).extracting(ReadyTask::id)
                    .containsExactly(firstHigh.id(), secondHigh.id());
        }

        @Test
        void givenASpecialistFilterAndALimit_whenFound_thenOnlyThatRoleUpToTheLimit() {
            stored(aTask().withSpecialist("tester"));
            Task first = stored(aTask().withSpecialist("architect").createdMinutesAfterStart(1));
            stored(aTask().withSpecialist("architect").createdMinutesAfterStart(2));

            List<Task> found = tasks.findReady(new ReadyFilter(Optional.of(session), Optional.of("architect")), T0, 1);

            assertThat(found).extracting(Task::id).containsExactly(first.id());
        }

        @Test
        void givenAnAncestorPrioritiesAndTypes_whenFound_thenOnlyTasksBelowItOfThosePrioritiesAndTypes() {
            Task plan = stored(aTask().withStatus(TaskStatus.IN_PROGRESS));
            Task phase = stored(aTask().withParent(plan.id()).withStatus(TaskStatus.IN_PROGRESS));
            Task deepHigh = stored(aTask().withParent(phase.id()).withPriority(Priority.HIGH));
            Task deepLow = stored(aTask().withParent(phase.id()).withPriority(Priority.LOW));
            Task directTest = stored(aTask().withParent(plan.id()).withPriority(Priority.HIGH)
                    .withType(TaskType.TESTING));
            stored(aTask().withPriority(Priority.HIGH));

            assertThat(tasks.findReady(new ReadyFilter(Optional.of(session), Optional.empty(), Optional.of(plan.id()),
                    Set.of(), Set.of()), T0, 100)).extracting(Task::id)
                    .containsExactlyInAnyOrder(deepHigh.id(), deepLow.id(), directTest.id());
            assertThat(tasks.findReady(new ReadyFilter(Optional.of(session), Optional.empty(), Optional.of(plan.id()),
                    Set.of(Priority.HIGH, Priority.CRITICAL), Set.of()), T0, 100)).extracting(Task::id)
                    .containsExactlyInAnyOrder(deepHigh.id(), directTest.id());
            assertThat(tasks.findReady(new ReadyFilter(Optional.of(session), Optional.empty(), Optional.empty(),
                    Set.of(), Set.of(TaskType.TESTING)), T0, 100)).extracting(Task::id)
                    .containsExactly(directTest.id());
            assertThat(tasks.findReady(new ReadyFilter(Optional.of(session), Optional.empty(), Optional.of(deepLow.id()),
                    Set.of(), Set.of()), T0, 100)).isEmpty();
        }

        @Test
        void givenClaims_whenExpiredClaimsAreFound_thenOnlyThoseWhoseLeaseEndedOldestFirst() {
            Task later = stored(aTask().claimedBy("a", T0.minusSeconds(10)));
            Task earlier = stored(aTask().claimedBy("b", T0.minusSeconds(60)));
            stored(aTask().claimedBy("c", T0.plusSeconds(60)));

            List<TaskId> found = tasks.findExpiredClaims(T0, 10_000).stream()
                    .filter(t -> t.sessionId().filter(session::equals).isPresent())
                    .map(Task::id)
                    .toList();

            assertThat(found).containsExactly(earlier.id(), later.id());
        }
    }

    private static dev.taskorchestrator.domain.task.TaskChanges titled(String title) {
        return new dev.taskorchestrator.domain.task.TaskChanges(Optional.of(title), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
