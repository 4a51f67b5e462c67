package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order a template's tasks can be done in, checked when the template is made, so that a plan
 * it yields is never refused for its shape after its parameters were accepted: no task waits for
 * a task that contains it or that it contains, and dependencies never close a circle.
 */
final class TemplateTasks {

    private TemplateTasks() {
    }

    static void requireOrderPossible(List<TemplateTask> roots) {
        Map<String, TemplateTask> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> ancestors = new HashMap<>();
        roots.forEach(root -> index(root, new HashSet<>(), byKey, ancestors));
        for (TemplateTask task : byKey.values()) {
            for (String dependency : task.dependencies()) {
                if (ancestors.get(task.key()).contains(dependency) || ancestors.get(dependency).contains(task.key())) {
                    throw OrchestratorException.invalid("tasks." + task.key() + ".dependencies", "task '" + task.key()
                            + "' depends on '" + dependency + "', which contains it or is contained in it: a parent "
                            + "is done when its subtasks are, so neither can wait for the other");
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (String key : byKey.keySet()) {
            visit(key, byKey, new ArrayList<>(), done);
        }
    }

    private static void index(TemplateTask task, Set<String> above, Map<String, TemplateTask> byKey,
            Map<String, Set<String>> ancestors) {
        byKey.put(task.key(), task);
        ancestors.put(task.key(), above);
        Set<String> withThis = new HashSet<>(above);
        withThis.add(task.key());
        task.subtasks().forEach(subtask -> index(subtask, withThis, byKey, ancestors));
    }

    /** Depth first along dependencies; meeting a key already on the path closes a circle, which is named. */
    private static void visit(String key, Map<String, TemplateTask> byKey, List<String> path, Set<String> done) {
        if (done.contains(key)) {
            return;
        }
        int seen = path.indexOf(key);
        if (seen >= 0) {
            List<String> circle = new ArrayList<>(path.subList(seen, path.size()));
            circle.add(key);
            throw new OrchestratorException(ErrorCode.DEPENDENCY_CYCLE, "the template's tasks wait for each other in "
                    + "a circle: " + String.join(" -> ", circle), "tasks." + key + ".dependencies", List.of());
        }
        path.add(key);
        for (String dependency : byKey.get(key).dependencies()) {
            visit(dependency, byKey, path, done);
        }
        path.remove(path.size() - 1);
        done.add(key);
    }
}
