package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.application.port.out.TaskFilter;
import java.util.Map;

/**
 * The condition a search puts on tasks {@code t}: the title or the description contains the text
 * as a plain substring, ignoring the case of ASCII letters only ({@code TaskFilter}'s meaning).
 * Both databases keep trigram indexes of each title and of the first {@link #INDEXED_HEAD}
 * characters of each description (migration V7); the indexes find the candidates, a LIKE on the
 * columns decides. A longer description is also read in full, found by an index of long
 * descriptions, so a text further in is found too, while a 100 KB description costs no more to
 * index than 4,000 characters.
 */
public final class TextSearch {

    /** How much of a description the indexes hold; the V7 scripts and their triggers say the same. */
    public static final int INDEXED_HEAD = 4_000;
    /** A trigram index finds texts of three characters and more; a shorter one is looked for in every task. */
    private static final int TRIGRAM = 3;

    /** A condition on the tasks of alias {@code t}, with the values it binds. */
    public record Condition(String sql, Map<String, Object> values) {
    }

    private TextSearch() {
    }

    /**
     * SQLite's LIKE ignores the case of ASCII letters only, just as the search does; FTS5's trigram
     * tokenizer folds the case of every letter, so what it finds is a superset of the matches, and
     * the LIKE keeps the matches. char(92) is a backslash: Jdbi's parser takes one between quotes
     * for an escape of the quote.
     */
    static Condition sqlite(String text) {
        String exact = "(t.title LIKE :text ESCAPE char(92) OR t.description LIKE :text ESCAPE char(92))";
        if (text.codePointCount(0, text.length()) < TRIGRAM) {
            return new Condition(exact, Map.of("text", likeAnywhere(text)));
        }
        String candidates = "t.id IN (SELECT task_id FROM task_text_keys WHERE key IN"
                + " (SELECT rowid FROM task_text WHERE task_text MATCH :text_phrase)"
                + " UNION ALL SELECT id FROM tasks WHERE length(description) > " + INDEXED_HEAD + ")";
        return new Condition(candidates + " AND " + exact,
                Map.of("text", likeAnywhere(text), "text_phrase", "\"" + text.replace("\"", "\"\"") + "\""));
    }

    /**
     * Under the "C" collation lower() folds ASCII letters only, byte by byte (13 times faster than
     * the translate() of 26 letters it once replaced); pg_trgm's indexes answer the LIKE of each
     * arm of the OR, where V7 could create them (it creates none when the extension is missing, and
     * then this reads every task). PostgreSQL's LIKE escapes with a backslash by default.
     */
    static Condition postgresql(String text) {
        String head = "left(t.description, " + INDEXED_HEAD + ")";
        return new Condition("(lower(t.title COLLATE \"C\") LIKE :text OR lower(" + head + " COLLATE \"C\") LIKE :text"
                + " OR (length(t.description) > " + INDEXED_HEAD + " AND lower(t.description COLLATE \"C\") LIKE :text))",
                Map.of("text", likeAnywhere(TaskFilter.foldAscii(text))));
    }

    /** {@code %text%} with the LIKE metacharacters of the text escaped by a backslash. */
    private static String likeAnywhere(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
