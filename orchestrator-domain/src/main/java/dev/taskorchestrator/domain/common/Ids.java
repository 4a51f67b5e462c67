package dev.taskorchestrator.domain.common;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape every identifier shares: a type prefix and 6-32 lower-case base-32 characters. The
 * prefix makes a misplaced id (a session id passed as a task id) an error that says so.
 */
public final class Ids {

    private static final Pattern BODY = Pattern.compile("[0-9a-z]{6,32}");

    private Ids() {
    }

    public static String check(String prefix, String value, String field) {
        Checks.required(value, field);
        String trimmed = value.strip();
        if (!trimmed.startsWith(prefix) || !BODY.matcher(trimmed.substring(prefix.length())).matches()) {
            throw OrchestratorException.invalid(field,
                    field + " '" + shorten(value) + "' is not a valid id: expected " + prefix
                            + " followed by 6-32 lower-case letters or digits",
                    List.of(prefix + "<6-32 lower-case letters or digits>"));
        }
        return trimmed;
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
