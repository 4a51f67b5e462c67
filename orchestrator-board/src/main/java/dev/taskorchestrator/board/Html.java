package dev.taskorchestrator.board;

/**
 * A page being written. Text from the store goes in only through {@link #text} or an attribute,
 * both escaped, so a title such as {@code <img src=x onerror=...>} shows as those characters;
 * {@link #raw} takes only markup the board wrote itself.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8_192);

    /** Markup of the board's own: tags and constants, never anything a user or an agent wrote. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        escapeInto(out, text);
        return this;
    }

    /** {@code name="value"} with a space before it, the value escaped. */
    Html attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escapeInto(out, value);
        out.append('"');
        return this;
    }

    /** An element holding only escaped text, with a class. */
    Html element(String tag, String cssClass, String text) {
        out.append('<').append(tag);
        if (!cssClass.isEmpty()) {
            attr("class", cssClass);
        }
        out.append('>');
        text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A link to a page of the board; the text is escaped. */
    Html link(String href, String cssClass, String text) {
        out.append("<a");
        attr("href", href);
        if (!cssClass.isEmpty()) {
            attr("class", cssClass);
        }
        out.append('>');
        text(text);
        out.append("</a>");
        return this;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escapeInto(escaped, text);
        return escaped.toString();
    }

    private static void escapeInto(StringBuilder into, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> into.append("&amp;");
                case '<' -> into.append("&lt;");
                case '>' -> into.append("&gt;");
                case '"' -> into.append("&quot;");
                case '\'' -> into.append("&#39;");
                default -> into.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
