package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.application.port.in.ExportUseCase.Item;
import dev.taskorchestrator.domain.common.Checks;
import java.util.List;
import java.util.Map;

/**
 * Brings exported items into the store in one transaction: all of them or, if any is refused,
 * none. What the store already holds (the same ids) is skipped, so importing the same file again
 * changes nothing; a task skipped so takes its dependencies, artifacts and history with it.
 */
public interface ImportUseCase {

    Result importItems(Command command);

    /**
     * An item and where it was read, which errors name before the field: {@code line 12} of a JSON
     * Lines file ({@code line 12.title}), or a record's path in a JSON document ({@code master.tasks[3]}).
     */
    record Located(String place, Item item) {
        public Located {
            Checks.required(place, "place");
            Checks.required(item, "item");
        }

        public static Located onLine(int line, Item item) {
            return new Located("line " + line, item);
        }
    }

    /**
     * @param items in the order read; a header first
     * @param dryRun check and count only, write nothing
     */
    record Command(List<Located> items, boolean dryRun) {
        public Command {
            items = List.copyOf(Checks.required(items, "items"));
        }
    }

    /**
     * @param created how many of each kind were (or, in a dry run, would be) stored: {@code sessions},
     *     {@code tasks}, {@code dependencies}, {@code artifacts}, {@code events}
     * @param skipped how many of each kind the store already held
     */
    record Result(boolean dryRun, Map<String, Long> created, Map<String, Long> skipped) {
        public Result {
            created = Map.copyOf(created);
            skipped = Map.copyOf(skipped);
        }
    }
}
