package dev.taskorchestrator.wire.exchange;

import dev.taskorchestrator.application.port.in.ImportUseCase.Located;
import java.util.List;

/**
 * Another tool's file as our items, ready for the import, and what was mapped on the way
 * ({@code status deferred -> blocked: 3}), for the import's summary.
 */
public record Converted(String format, List<Located> items, List<String> mapped) {
    public Converted {
        items = List.copyOf(items);
        mapped = List.copyOf(mapped);
    }
}
