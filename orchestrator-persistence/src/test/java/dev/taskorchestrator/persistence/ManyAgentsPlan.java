package dev.taskorchestrator.persistence;

import dev.taskorchestrator.application.port.in.PlannedTask;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans many agents work through together: a root, its phases, their leaves. In a phase every
 * fourth leaf waits for the leaf before it, and every fifth leaf of phase k waits for the whole of
 * phase k-2, so the work opens up as the plan goes and agents meet on shared parents all along.
 */
final class ManyAgentsPlan {

    private ManyAgentsPlan() {
    }

    /** {@code 1 + phases + phases * leaves} tasks, keyed {@code prefix.p<k>} and {@code prefix.p<k>.l<j>}. */
    static PlannedTask of(String prefix, int phases, int leaves) {
        List<PlannedTask> phaseTasks = new ArrayList<>();
        for (int k = 0; k < phases; k++) {
            String phase = prefix + ".p" + k;
            List<PlannedTask> leafTasks = new ArrayList<>();
            for (int j = 0; j < leaves; j++) {
                List<String> waitsFor = new ArrayList<>();
                if (j % 4 == 3) {
                    waitsFor.add(phase + ".l" + (j - 1));
                }
                if (j % 5 == 0 && k >= 2) {
                    waitsFor.add(prefix + ".p" + (k - 2));
                }
                leafTasks.add(PlannedTask.titled("Leaf " + j + " of phase " + k).withKey(phase + ".l" + j)
                        .withDependencies(waitsFor));
            }
            phaseTasks.add(PlannedTask.titled("Phase " + k).withKey(phase).withSubtasks(leafTasks));
        }
        return PlannedTask.titled("Plan " + prefix).withKey(prefix).withSubtasks(phaseTasks);
    }
}
