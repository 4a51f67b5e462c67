package dev.taskorchestrator.persistence;

import dev.taskorchestrator.persistence.jdbi.TextSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The database's plan for a search's condition, as the dialect writes it, with its values bound. */
final class SearchPlans {

    private static final Pattern NAMED = Pattern.compile(":(\\w+)");

    private SearchPlans() {
    }

    /** A page of a query, as the first call of one reads it. */
    static final String PAGE = "SELECT t.id FROM tasks t WHERE %s ORDER BY t.id LIMIT 51";
    /** The count of a query's matches, which reads them all. */
    static final String COUNT = "SELECT COUNT(*) FROM tasks t WHERE %s";

    /** {@code explain} is the database's own prefix: EXPLAIN, or SQLite's EXPLAIN QUERY PLAN. */
    static String explain(Connection connection, String explain, String query, TextSearch.Condition condition)
            throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher named = NAMED.matcher(condition.sql());
        StringBuilder sql = new StringBuilder();
        while (named.find()) {
            values.add(condition.values().get(named.group(1)));
            named.appendReplacement(sql, "?");
        }
        named.appendTail(sql);
        try (PreparedStatement statement = connection.prepareStatement(explain + " " + query.formatted(sql))) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet lines = statement.executeQuery()) {
                int columns = lines.getMetaData().getColumnCount();
                while (lines.next()) {
                    plan.append(lines.getString(columns)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
