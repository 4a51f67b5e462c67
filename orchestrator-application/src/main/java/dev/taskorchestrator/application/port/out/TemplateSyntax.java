package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.List;
import java.util.Map;

/**
 * Reads the text of a template document into a tree of plain values (maps, lists, strings,
 * numbers, booleans), which {@link dev.taskorchestrator.domain.template.TemplateDocument} then
 * reads as a template. The syntax is JSON5.
 */
public interface TemplateSyntax {

    /**
     * The document's tree; text that is not a JSON5 object is refused with
     * {@code invalid_argument} on {@code field}, the message naming the line and column of the fault.
     */
    Map<String, Object> read(String text, String field);

    /**
     * For a core assembled without a JSON5 reader (the in-memory one of the testkit): every
     * template document is refused as {@code unavailable}, saying so, rather than misread.
     */
    static TemplateSyntax unavailable() {
        return (text, field) -> {
            throw new OrchestratorException(ErrorCode.UNAVAILABLE, "this orchestrator was assembled without a "
                    + "template reader, so it cannot read template documents", field, List.of());
        };
    }
}
