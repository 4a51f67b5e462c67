package dev.taskorchestrator.mcp.stdio;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Reads newline-delimited frames with a bound on their length: a peer that sends a huge line (or
 * never ends one) gets that line refused, not the server's memory filled.
 */
final class LineReader {

    /** One line, or the fact that it was too long (its text is dropped). */
    record Line(String text, boolean tooLong) {
    }

    private final Reader reader;
    private final int maxChars;

    LineReader(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or empty at the end of input. */
    Optional<Line> next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            if (c == '\n') {
                return Optional.of(finish(line, tooLong));
            }
            if (tooLong) {
                continue;
            }
            if (line.length() >= maxChars) {
                tooLong = true;
                line.setLength(0);
                continue;
            }
            line.append((char) c);
        }
        return any ? Optional.of(finish(line, tooLong)) : Optional.empty();
    }

    private static Line finish(StringBuilder line, boolean tooLong) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return new Line(tooLong ? "" : line.toString(), tooLong);
    }
}
