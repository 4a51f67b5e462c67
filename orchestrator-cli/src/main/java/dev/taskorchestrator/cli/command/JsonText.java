package dev.taskorchestrator.cli.command;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Pretty JSON for the configuration files people read and edit (two-space indent, keys in their order). */
final class JsonText {

    private JsonText() {
    }

    static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            writeAll(out, "{", "}", indent, map.entrySet().iterator(), (entry, inner) -> {
                var e = (Map.Entry<?, ?>) entry;
                quote(out, String.valueOf(e.getKey()));
                out.append(": ");
                write(out, e.getValue(), inner);
            });
        } else if (value instanceof List<?> list) {
            writeAll(out, "[", "]", indent, list.iterator(), (item, inner) -> write(out, item, inner));
        } else if (value instanceof String text) {
            quote(out, text);
        } else {
            out.append(value);
        }
    }

    private interface Element {
        void write(Object element, String indent);
    }

    private static void writeAll(StringBuilder out, String open, String close, String indent, Iterator<?> items,
            Element element) {
        if (!items.hasNext()) {
            out.append(open).append(close);
            return;
        }
        String inner = indent + "  ";
        out.append(open).append('\n');
        while (items.hasNext()) {
            out.append(inner);
            element.write(items.next(), inner);
            out.append(items.hasNext() ? ",\n" : "\n");
        }
        out.append(indent).append(close);
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
