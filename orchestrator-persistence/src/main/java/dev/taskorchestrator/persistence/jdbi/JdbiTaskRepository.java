package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.ReadyFilter;
import dev.taskorchestrator.application.port.out.ReadyTask;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TaskPage;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskData;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** Tasks in SQLite or PostgreSQL; the meaning of every query is the one the testkit's contract holds. */
public final class JdbiTaskRepository implements TaskRepository {

    /** The select list, in the order {@link TaskRow#MAPPER} reads it. */
    private static final String COLUMNS = "t.id, t.parent_id, t.session_id, t.title, t.description, t.task_type, t.status,"
            + " t.specialist_type, t.complexity, t.priority, t.estimated_effort, t.due_date, t.context,"
            + " t.auto_complete_parent, t.summary, t.status_reason, t.assignee, t.lease_expires_at, t.attempts, t.version,"
            + " t.created_at, t.updated_at, t.started_at, t.completed_at";
    private static final String INSERT = "INSERT INTO tasks (id, parent_id, session_id, title, description, task_type,"
            + " status, specialist_type, complexity, priority, estimated_effort, due_date, context, auto_complete_parent,"
            + " summary, status_reason, assignee, lease_expires_at, attempts, version, created_at, updated_at, started_at,"
            + " completed_at, unmet_prerequisites) VALUES (:id, :parent_id, :session_id, :title, :description, :task_type,"
            + " :status, :specialist_type, :complexity, :priority, :estimated_effort, :due_date, :context,"
            + " :auto_complete_parent, :summary, :status_reason, :assignee, :lease_expires_at, :attempts, :version,"
            + " :created_at, :updated_at, :started_at, :completed_at, :unmet_prerequisites)";
    private static final String INSERT_DEPENDENCY = "INSERT INTO task_dependencies (task_id, prerequisite_id, position)"
            + " VALUES (:task, :prerequisite, :position)";
    private static final String UPDATE = "UPDATE tasks SET parent_id = :parent_id, session_id = :session_id,"
            + " title = :title, description = :description, task_type = :task_type, status = :status,"
            + " specialist_type = :specialist_type, complexity = :complexity, priority = :priority,"
            + " estimated_effort = :estimated_effort, due_date = :due_date, context = :context,"
            + " auto_complete_parent = :auto_complete_parent, summary = :summary, status_reason = :status_reason,"
            + " assignee = :assignee, lease_expires_at = :lease_expires_at, attempts = :attempts,"
            + " version = :version + 1, updated_at = :updated_at, started_at = :started_at, completed_at = :completed_at,"
            + " unmet_prerequisites = COALESCE(:unmet_prerequisites, unmet_prerequisites)"
            + " WHERE id = :id AND version = :version";
    private static final String OPEN = "('pending', 'in_progress', 'blocked')";
    private static final String CLOSED = "('completed', 'cancelled', 'archived')";
    /** Every prerequisite done (a missing one is not) and every subtask closed. */
    private static final String READY = " AND NOT EXISTS (SELECT 1 FROM task_dependencies d"
            + " LEFT JOIN tasks pr ON pr.id = d.prerequisite_id WHERE d.task_id = t.id AND (pr.id IS NULL"
            + " OR NOT " + UnmetPrerequisites.done("pr.") + "))"
            + " AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.status NOT IN " + CLOSED + ")";
    /** What ranking reads of a ready task (then 1 or 0: whether its plan is under way). */
    private static final String RANKED = "t.id, t.priority, t.created_at";
    private static final RowMapper<ReadyTask> READY_TASK = (rs, ctx) -> new ReadyTask(new TaskId(rs.getString(1)),
            Priority.values()[rs.getInt(2)], Columns.instant(rs.getLong(3)), rs.getInt(4) == 1);
    /** READY_ORDER, for windows merged in memory. */
    private static final Comparator<ReadyTask> WINDOW_ORDER = Comparator.comparing(ReadyTask::priority,
            Comparator.reverseOrder()).thenComparing(ReadyTask::createdAt).thenComparing(ReadyTask::id);
    /** Up to this many plans under way, each is walked along its index; more, and one query checks them all. */
    private static final int PLANS_WALKED_ONE_BY_ONE = 8;
    private static final String READY_ORDER = " ORDER BY t.priority DESC, t.created_at, t.id LIMIT :limit";
    /** A bound on chain walks, far beyond any real plan, so that even corrupt data cannot loop forever. */
    private static final int CHAIN_LIMIT = 100_000;

    private final Handles handles;

    public JdbiTaskRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public void add(Task task) {
        handles.inTransaction(() -> handles.with(handle -> {
            // Counted before the row is written: setting it after would write every index entry of the row twice.
            int unmet = UnmetPrerequisites.count(handle, handles.dialect(), task.dependencies());
            try {
                handle.createUpdate(INSERT).bindMap(TaskMapper.parameters(task.data()))
                        .bind("unmet_prerequisites", unmet).execute();
            } catch (org.jdbi.v3.core.JdbiException failure) {
                if (handles.isUniqueViolation(failure)) {
                    throw new OrchestratorException(ErrorCode.CONFLICT, "task " + task.id() + " already exists");
                }
                throw handles.translate(failure, "adding a task");
            }
            insertDependencies(handle, task.data());
            UnmetPrerequisites.afterWrite(handle, handles.dialect(), task);
            return null;
        }));
    }

    /**
     * In batches of rows and of dependencies, then one recount: each task is written with its number
     * of dependencies as its count (never too low meanwhile), and the added tasks and the dependents
     * of the done ones among them are counted once all are stored.
     */
    @Override
    public void addAll(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        handles.inTransaction(() -> handles.with(handle -> {
            for (List<Task> slice : Slices.of(tasks)) {
                PreparedBatch rows = handle.prepareBatch(INSERT);
                PreparedBatch dependencies = handle.prepareBatch(INSERT_DEPENDENCY);
                for (Task task : slice) {
                    rows.bindMap(TaskMapper.parameters(task.data()))
                            .bind("unmet_prerequisites", task.dependencies().size()).add();
                    bindDependencies(dependencies, task.data());
                }
                try {
                    rows.execute();
                } catch (org.jdbi.v3.core.JdbiException failure) {
                    if (handles.isUniqueViolation(failure)) {
                        // Within a use case, a task stored meanwhile by another (the same import run twice at
                        // once) is a lost race: the use case runs again and finds it there.
                        throw Handles.staleRow(handles.inUnitOfWork(), "one of " + tasks.size()
                                + " tasks added together already exists", "task_id");
                    }
                    throw handles.translate(failure, "adding tasks");
                }
                if (dependencies.size() > 0) {
                    dependencies.execute();
                }
            }
            UnmetPrerequisites.afterAdding(handle, handles.dialect(), tasks);
            return null;
        }));
    }

    @Override
    public void lockDependencyGraph() {
        String sql = handles.dialect().graphLockSql();
        if (!sql.isEmpty()) {
            handles.with(handle -> handle.createQuery(sql).map((rs, ctx) -> Boolean.TRUE).list());
        }
    }

    @Override
    public Task update(Task task) {
        boolean withinUseCase = handles.inUnitOfWork();
        return handles.inTransaction(() -> handles.with(handle -> {
            // Most updates (a claim, a completion) leave the dependencies as they are: rewriting them would
            // cost two writes and their index entries inside every writer's turn.
            List<TaskId> stored = handle.createQuery("SELECT prerequisite_id FROM task_dependencies WHERE task_id = :id"
                    + " ORDER BY position").bind("id", task.id().value()).map((rs, ctx) -> new TaskId(rs.getString(1)))
                    .list();
            boolean replaced = !stored.equals(task.dependencies());
            Integer unmet = replaced ? UnmetPrerequisites.count(handle, handles.dialect(), task.dependencies()) : null;
            int changed = handle.createUpdate(UPDATE).bindMap(TaskMapper.parameters(task.data()))
                    .bind("unmet_prerequisites", unmet).execute();
            if (changed == 0) {
                throw Handles.staleRow(withinUseCase, "task " + task.id() + " was changed or removed by someone else (version "
                        + task.version() + " is stale); read it again and retry", "version");
            }
            if (replaced) {
                handle.createUpdate("DELETE FROM task_dependencies WHERE task_id = :id").bind("id", task.id().value())
                        .execute();
                insertDependencies(handle, task.data());
            }
            UnmetPrerequisites.afterWrite(handle, handles.dialect(), task);
            return task.withVersion(task.version() + 1);
        }));
    }

    private static void insertDependencies(Handle handle, TaskData task) {
        if (task.dependencies().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT_DEPENDENCY);
        bindDependencies(batch, task);
        batch.execute();
    }

    private static void bindDependencies(PreparedBatch batch, TaskData task) {
        for (int i = 0; i < task.dependencies().size(); i++) {
            batch.bind("task", task.id().value()).bind("prerequisite", task.dependencies().get(i).value())
                    .bind("position", i).add();
        }
    }

    @Override
    public void remove(Collection<TaskId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        handles.inTransaction(() -> handles.with(handle -> {
            for (List<String> slice : slices(ids)) {
                handle.createUpdate("DELETE FROM task_dependencies WHERE task_id IN (<ids>)").bindList("ids", slice)
                        .execute();
            }
            // Slices in the caller's order (children first), so no slice removes a parent of a row still there.
            for (List<String> slice : slices(ids)) {
                handle.createUpdate("DELETE FROM tasks WHERE id IN (<ids>)").bindList("ids", slice).execute();
            }
            UnmetPrerequisites.afterRemoval(handle, handles.dialect(), values(ids));
            return null;
        }));
    }

    @Override
    public void lockForUpdate(Collection<TaskId> ids) {
        if (!ids.isEmpty() && !handles.dialect().lockTasksSql().isEmpty()) {
            handles.with(handle -> {
                RowLocks.lockTasks(handle, handles.dialect(), values(ids));
                return null;
            });
        }
    }

    @Override
    public boolean tryLockForUpdate(TaskId id) {
        String sql = handles.dialect().tryLockTaskSql();
        if (sql.isEmpty()) {
            return true;
        }
        return handles.with(handle -> !handle.createQuery(sql).bind("id", id.value()).mapTo(String.class).list().isEmpty());
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return handles.with(handle -> load(handle, handle.createQuery("SELECT " + COLUMNS + " FROM tasks t WHERE t.id = :id")
                .bind("id", id.value())).stream().findFirst());
    }

    @Override
    public Map<TaskId, Task> findAllById(Collection<TaskId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return handles.with(handle -> {
            Map<TaskId, Task> found = new LinkedHashMap<>();
            for (List<String> slice : slices(ids)) {
                load(handle, handle.createQuery("SELECT " + COLUMNS + " FROM tasks t WHERE t.id IN (<ids>)")
                        .bindList("ids", slice)).forEach(task -> found.put(task.id(), task));
            }
            return found;
        });
    }

    @Override
    public List<Task> findChildren(TaskId parentId) {
        return handles.with(handle -> load(handle, handle.createQuery("SELECT " + COLUMNS
                + " FROM tasks t WHERE t.parent_id = :parent ORDER BY t.id").bind("parent", parentId.value())));
    }

    /** One row of counts, by the parent index, instead of every subtask loaded and mapped. */
    @Override
    public PlanProgress subtaskProgress(TaskId parentId) {
        return handles.with(handle -> handle.createQuery("SELECT COUNT(*),"
                + " COALESCE(SUM(CASE WHEN " + UnmetPrerequisites.done("") + " THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN status IN " + CLOSED + " THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0)"
                + " FROM tasks WHERE parent_id = :parent").bind("parent", parentId.value())
                .map((rs, ctx) -> PlanProgress.counted(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).one());
    }

    @Override
    public List<Task> findDependents(TaskId prerequisite) {
        return handles.with(handle -> load(handle, handle.createQuery("SELECT " + COLUMNS + " FROM tasks t"
                + " JOIN task_dependencies d ON d.task_id = t.id WHERE d.prerequisite_id = :id ORDER BY t.id")
                .bind("id", prerequisite.value())));
    }

    /** One recursive query per slice: the chains are walked inside the database, not one level per round trip. */
    @Override
    public Map<TaskId, Integer> longestOpenDependentChains(Collection<TaskId> prerequisites, int cap) {
        if (prerequisites.isEmpty()) {
            return Map.of();
        }
        return handles.with(handle -> {
            Map<TaskId, Integer> found = new LinkedHashMap<>();
            for (List<String> slice : slices(prerequisites)) {
                // CROSS JOIN fixes the join order in SQLite (each step starts from the chain's newest
                // node and follows the prerequisite index); PostgreSQL plans it as an inner join.
                Query chains = handle.createQuery("WITH RECURSIVE chain(root, node, depth) AS ("
                        + " SELECT d.prerequisite_id, d.task_id, 1 FROM task_dependencies d CROSS JOIN tasks t"
                        + " WHERE " + handles.dialect().anyOf("d.prerequisite_id", "ids") + " AND t.id = d.task_id"
                        + " AND t.status IN " + OPEN
                        + " UNION SELECT c.root, d.task_id, c.depth + 1 FROM chain c CROSS JOIN task_dependencies d"
                        + " CROSS JOIN tasks t WHERE d.prerequisite_id = c.node AND t.id = d.task_id AND t.status IN "
                        + OPEN + " AND c.depth < :cap)"
                        + " SELECT root, MAX(depth) FROM chain GROUP BY root");
                handles.dialect().bindAnyOf(chains, "ids", slice)
                        .bind("cap", Math.min(cap, CHAIN_LIMIT))
                        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                        .forEach(e -> found.put(new TaskId(e.getKey()), e.getValue()));
            }
            return found;
        });
    }

    @Override
    public Map<TaskId, List<TaskId>> prerequisitesReachableFrom(Collection<TaskId> starts) {
        if (starts.isEmpty()) {
            return Map.of();
        }
        return handles.with(handle -> {
            Map<TaskId, List<TaskId>> edges = new HashMap<>();
            // UNION, not UNION ALL: a task reached twice is walked once, and a cycle in corrupt data ends.
            handle.createQuery("WITH RECURSIVE reach(id) AS (SELECT id FROM tasks WHERE id IN (<ids>)"
                            + " UNION SELECT d.prerequisite_id FROM reach r CROSS JOIN task_dependencies d"
                            + " WHERE d.task_id = r.id)"
                            + " SELECT d.task_id, d.prerequisite_id FROM reach r CROSS JOIN task_dependencies d"
                            + " WHERE d.task_id = r.id ORDER BY d.task_id, d.position")
                    .bindList("ids", values(starts))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> edges.computeIfAbsent(new TaskId(e.getKey()), k -> new ArrayList<>())
                            .add(new TaskId(e.getValue())));
            return edges;
        });
    }

    @Override
    public List<Task> findDescendants(TaskId root) {
        return handles.with(handle -> load(handle, handle.createQuery("WITH RECURSIVE sub(id, depth) AS ("
                + " SELECT id, 1 FROM tasks WHERE parent_id = :root"
                + " UNION ALL SELECT c.id, sub.depth + 1 FROM tasks c JOIN sub ON c.parent_id = sub.id)"
                + " SELECT " + COLUMNS + " FROM tasks t JOIN sub ON sub.id = t.id ORDER BY sub.depth, t.id")
                .bind("root", root.value())));
    }

    @Override
    public TaskPage query(TaskFilter filter, Optional<TaskId> after, int limit) {
        return handles.with(handle -> {
            Where where = where(filter);
            after.ifPresent(id -> where.and("t.id > :after", "after", id.value()));
            Query query = handle.createQuery("SELECT " + COLUMNS + " FROM tasks t" + where.sql() + " ORDER BY t.id LIMIT :limit")
                    .bind("limit", limit + 1);
            List<Task> found = load(handle, where.bindTo(query));
            return new TaskPage(found.subList(0, Math.min(limit, found.size())), found.size() > limit);
        });
    }

    @Override
    public long count(TaskFilter filter) {
        return handles.with(handle -> {
            Where where = where(filter);
            return where.bindTo(handle.createQuery("SELECT COUNT(*) FROM tasks t" + where.sql())).mapTo(Long.class).one();
        });
    }

    @Override
    public Map<TaskStatus, Long> countByStatus(Optional<SessionId> session) {
        return handles.with(handle -> {
            Query query = handle.createQuery("SELECT status, COUNT(*) FROM tasks"
                    + (session.isPresent() ? " WHERE session_id = :session" : "") + " GROUP BY status");
            session.ifPresent(s -> query.bind("session", s.value()));
            Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
            query.map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> counts.put(WireValues.parse(TaskStatus.class, e.getKey(), "status"), e.getValue()));
            return counts;
        });
    }

    /** The window {@link #findReadyToRank} picks, each task loaded in full, in the same order. */
    @Override
    public List<Task> findReady(ReadyFilter filter, Instant now, int limit) {
        List<TaskId> window = findReadyToRank(filter, now, limit).stream().map(ReadyTask::id).toList();
        Map<TaskId, Task> loaded = findAllById(window);
        return window.stream().map(loaded::get).filter(Objects::nonNull).toList();
    }

    /**
     * Three index-friendly queries instead of one that would sort every ready task: subtasks of
     * plans under way, then pending tasks walked in (priority, age) index order, then in-progress
     * tasks nobody holds (expired claims, parents whose subtasks are done). They read the four
     * columns ranking needs; a task of the first query is in an open plan, and one of the others
     * is not, as every ready subtask of an open plan is in the first unless the window is full.
     */
    @Override
    public List<ReadyTask> findReadyToRank(ReadyFilter filter, Instant now, int limit) {
        return handles.with(handle -> {
            String narrowing = narrowing(filter).andSql();
            String unheld = " AND (t.lease_expires_at IS NULL OR t.lease_expires_at <= :now)";
            List<ReadyTask> openPlans = inOpenPlans(handle, filter, now, limit);
            int room = limit - openPlans.size();
            if (room == 0) {
                return openPlans;
            }
            // room rows that are not among the open plans' subtasks: at most openPlans.size() of those come first.
            Set<TaskId> taken = openPlans.stream().map(ReadyTask::id).collect(Collectors.toSet());
            // unmet_prerequisites = 0 as in the partial indexes of V8: pending tasks still waiting are never walked.
            List<ReadyTask> rest = new ArrayList<>(ready(handle, "SELECT " + RANKED + ", 0 FROM tasks t"
                    + " WHERE t.status = 'pending' AND t.unmet_prerequisites = 0" + narrowing + READY + READY_ORDER,
                    filter, now, room + taken.size())
                    .map(READY_TASK).list());
            rest.addAll(ready(handle, "SELECT " + RANKED + ", 0 FROM tasks t WHERE t.status = 'in_progress'"
                    + unheld + narrowing + READY + READY_ORDER, filter, now, room + taken.size()).map(READY_TASK).list());
            List<ReadyTask> ranked = new ArrayList<>(openPlans);
            rest.stream().filter(t -> !taken.contains(t.id()))
                    .sorted(WINDOW_ORDER)
                    .forEach(ranked::add);
            return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
        });
    }

    /**
     * The ready subtasks of the plans under way, best first. A few plans are each walked along
     * {@code tasks_open_by_parent} in ranking order, stopping at the window, and merged: six times
     * faster than checking and sorting all their open subtasks, which the one query over every
     * plan under way must do (kept for when many plans are under way at once).
     */
    private static List<ReadyTask> inOpenPlans(Handle handle, ReadyFilter filter, Instant now, int limit) {
        String narrowing = narrowing(filter).andSql();
        String open = " t.status IN ('pending', 'in_progress')"
                + " AND (t.status = 'pending' OR t.lease_expires_at IS NULL OR t.lease_expires_at <= :now)";
        Query plans = handle.createQuery("SELECT p.id FROM tasks p WHERE p.status = 'in_progress'"
                + " AND EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = p.id AND c.status IN ('pending', 'in_progress'))"
                + " ORDER BY p.id LIMIT :most").bind("most", PLANS_WALKED_ONE_BY_ONE + 1);
        List<String> planIds = plans.mapTo(String.class).list();
        if (planIds.size() > PLANS_WALKED_ONE_BY_ONE) {
            // Driven from the plans under way: CROSS JOIN keeps SQLite on that order (parent, then
            // its subtasks by the parent index) instead of walking every task of the session.
            return ready(handle, "SELECT " + RANKED + ", 1 FROM tasks p CROSS JOIN tasks t"
                    + " WHERE t.parent_id = p.id AND p.status = 'in_progress' AND" + open + narrowing
                    + READY + READY_ORDER, filter, now, limit).map(READY_TASK).list();
        }
        List<ReadyTask> found = new ArrayList<>();
        for (String plan : planIds) {
            found.addAll(ready(handle, "SELECT " + RANKED + ", 1 FROM tasks t WHERE t.parent_id = :plan AND" + open
                    + narrowing + READY + READY_ORDER, filter, now, limit).bind("plan", plan).map(READY_TASK).list());
        }
        return found.stream().sorted(WINDOW_ORDER).limit(limit).toList();
    }

    private static Query ready(Handle handle, String sql, ReadyFilter filter, Instant now, int limit) {
        return narrowing(filter).bindTo(handle.createQuery(sql).bind("now", Columns.nanos(now)).bind("limit", limit));
    }

    /** The ready filter's conditions on {@code t}; below a task means anywhere in its subtree. */
    private static Where narrowing(ReadyFilter filter) {
        Where where = new Where();
        filter.sessionId().ifPresent(s -> where.and("t.session_id = :session", "session", s.value()));
        filter.specialistType().ifPresent(s -> where.and("t.specialist_type = :specialist", "specialist", s));
        filter.under().ifPresent(root -> where.and("t.id IN (WITH RECURSIVE below(id) AS ("
                + "SELECT id FROM tasks WHERE parent_id = :under"
                + " UNION ALL SELECT c.id FROM tasks c JOIN below b ON c.parent_id = b.id) SELECT id FROM below)",
                "under", root.value()));
        where.in("t.task_type", "types", filter.taskTypes());
        where.priorities(filter.priorities());
        return where;
    }

    @Override
    public List<Task> findExpiredClaims(Instant now, int limit) {
        return handles.with(handle -> load(handle, handle.createQuery("SELECT " + COLUMNS + " FROM tasks t"
                + " WHERE t.status = 'in_progress' AND t.lease_expires_at IS NOT NULL AND t.lease_expires_at <= :now"
                + " ORDER BY t.lease_expires_at, t.id LIMIT :limit").bind("now", Columns.nanos(now)).bind("limit", limit)));
    }

    /** Runs a query of task rows and attaches each task's dependencies, in one more query per slice. */
    private static List<Task> load(Handle handle, Query query) {
        List<TaskRow> rows = query.map(TaskRow.MAPPER).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<TaskId>> dependencies = new HashMap<>();
        for (List<String> slice : Slices.of(rows.stream().map(TaskRow::id).toList())) {
            handle.createQuery("SELECT task_id, prerequisite_id FROM task_dependencies WHERE task_id IN (<ids>)"
                    + " ORDER BY task_id, position")
                    .bindList("ids", slice)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> dependencies.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new TaskId(e.getValue())));
        }
        return rows.stream().map(row -> TaskMapper.toTask(row, dependencies.getOrDefault(row.id(), List.of()))).toList();
    }

    private Where where(TaskFilter filter) {
        Where where = new Where();
        where.in("t.status", "statuses", filter.statuses());
        where.in("t.task_type", "types", filter.taskTypes());
        where.inText("t.specialist_type", "specialists", filter.specialistTypes());
        where.in("t.complexity", "complexities", filter.complexities());
        where.priorities(filter.priorities());
        filter.parentId().ifPresent(p -> where.and("t.parent_id = :parent", "parent", p.value()));
        filter.sessionId().ifPresent(s -> where.and("t.session_id = :session", "session", s.value()));
        filter.text().map(handles.dialect()::textSearch).ifPresent(where::and);
        filter.createdAfter().ifPresent(i -> where.and("t.created_at >= :created_after", "created_after", Columns.nanos(i)));
        filter.createdBefore().ifPresent(i -> where.and("t.created_at < :created_before", "created_before", Columns.nanos(i)));
        return where;
    }

    /** A WHERE clause built from optional parts, with its bindings. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, List<Object>> lists = new LinkedHashMap<>();

        void and(String condition, String name, Object value) {
            conditions.add(condition);
            values.put(name, value);
        }

        void and(TextSearch.Condition condition) {
            conditions.add(condition.sql());
            values.putAll(condition.values());
        }

        <E extends Enum<E> & WireValue> void in(String column, String name, Set<E> wanted) {
            if (!wanted.isEmpty()) {
                list(column + " IN (<" + name + ">)", name, wanted.stream().map(WireValue::wire).sorted()
                        .map(Object.class::cast).toList());
            }
        }

        /** Priorities are stored as their rank, so that an index orders them. */
        void priorities(Set<Priority> wanted) {
            if (!wanted.isEmpty()) {
                list("t.priority IN (<priorities>)", "priorities",
                        wanted.stream().map(Priority::ordinal).sorted().map(Object.class::cast).toList());
            }
        }

        void inText(String column, String name, Set<String> wanted) {
            if (!wanted.isEmpty()) {
                list(column + " IN (<" + name + ">)", name, wanted.stream().sorted().map(Object.class::cast).toList());
            }
        }

        void list(String condition, String name, List<Object> items) {
            conditions.add(condition);
            lists.put(name, items);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** The conditions to follow a WHERE clause of the query's own. */
        String andSql() {
            return conditions.stream().map(condition -> " AND " + condition).collect(Collectors.joining());
        }

        Query bindTo(Query query) {
            values.forEach(query::bind);
            lists.forEach(query::bindList);
            return query;
        }
    }

    private static List<String> values(Collection<TaskId> ids) {
        return ids.stream().map(TaskId::value).distinct().toList();
    }

    private static List<List<String>> slices(Collection<TaskId> ids) {
        return Slices.of(values(ids));
    }
}
