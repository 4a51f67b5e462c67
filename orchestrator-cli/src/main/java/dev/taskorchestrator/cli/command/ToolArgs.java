package dev.taskorchestrator.cli.command;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tool call's arguments from command-line options: an option not given is left out, not sent as null. */
final class ToolArgs {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static ToolArgs of() {
        return new ToolArgs();
    }

    ToolArgs put(String name, Object value) {
        if (value instanceof Collection<?> many && many.isEmpty()) {
            return this;
        }
        if (value != null) {
            values.put(name, value instanceof Collection<?> many ? List.copyOf(many) : value);
        }
        return this;
    }

    /** A flag is sent only when set, so the tool's own default applies otherwise. */
    ToolArgs flag(String name, boolean set) {
        if (set) {
            values.put(name, true);
        }
        return this;
    }

    Map<String, Object> map() {
        return values;
    }
}
