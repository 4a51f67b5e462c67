package dev.taskorchestrator.board;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown from the store (descriptions, results, artifacts) as HTML that cannot carry script: raw
 * HTML in the source is escaped, not passed through, and link targets other than http, https and
 * mailto are dropped. The page's Content-Security-Policy stands behind this.
 */
final class Markdown {

    /** A 2 MiB artifact would make a page no one scrolls; the rest is a click away in the CLI or MCP. */
    static final int MAX_CHARS = 64 * 1024;

    private static final Parser PARSER = Parser.builder().maxOpenBlockParsers(64).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    private Markdown() {
    }

    static void render(Html html, String source) {
        boolean cut = source.length() > MAX_CHARS;
        String shown = cut ? source.substring(0, MAX_CHARS) : source;
        html.raw("<div class=\"md\">").raw(RENDERER.render(PARSER.parse(shown))).raw("</div>");
        if (cut) {
            html.element("p", "cut", "Only the first " + MAX_CHARS / 1024 + " KiB of " + source.length() / 1024
                    + " KiB are shown.");
        }
    }
}
