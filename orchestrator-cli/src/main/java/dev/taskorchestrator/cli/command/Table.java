package dev.taskorchestrator.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Help.Ansi;

/** An aligned table of rows, one column per value, the last one left unpadded. */
final class Table<T> {

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, String>> cells = new ArrayList<>();
    private final List<Boolean> styled = new ArrayList<>();

    Table<T> column(String header, Function<T, String> cell) {
        return column(header, cell, false);
    }

    /** A column whose cells carry ANSI styles, which take no room on the screen. */
    Table<T> styledColumn(String header, Function<T, String> cell) {
        return column(header, cell, true);
    }

    private Table<T> column(String header, Function<T, String> cell, boolean hasStyle) {
        headers.add(header);
        cells.add(cell);
        styled.add(hasStyle);
        return this;
    }

    void print(PrintWriter out, Ansi ansi, List<T> rows) {
        int[] widths = new int[headers.size()];
        List<String[]> plain = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = headers.get(c).length();
        }
        for (T row : rows) {
            String[] values = new String[headers.size()];
            for (int c = 0; c < headers.size(); c++) {
                values[c] = cells.get(c).apply(row);
                widths[c] = Math.max(widths[c], visibleLength(values[c], styled.get(c)));
            }
            plain.add(values);
        }
        line(out, headers.toArray(String[]::new), widths, ansi, true);
        plain.forEach(values -> line(out, values, widths, ansi, false));
    }

    private void line(PrintWriter out, String[] values, int[] widths, Ansi ansi, boolean header) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            String value = header ? ansi.string("@|bold " + values[c] + "|@") : values[c];
            line.append(value);
            if (c < values.length - 1) {
                line.append(" ".repeat(widths[c] - visibleLength(values[c], styled.get(c) && !header) + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private static int visibleLength(String value, boolean styledCell) {
        return styledCell ? value.replaceAll("\u001B\\[[;\\d]*m", "").length() : value.length();
    }
}
