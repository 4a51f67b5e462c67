package dev.taskorchestrator.board;

import dev.taskorchestrator.application.port.in.ChangeFeedUseCase;

/**
 * The frame of every page: the views' links, a live indicator, and in {@code <main>} the view. The
 * script (the only one, same origin, deferred) refreshes {@code <main>} when the feed says a task
 * changed; without it every view still reads in full.
 */
final class Layout {

    enum View {
        PLANS("Plans", Paths.plans()), STATUS("By status", Paths.status()), GRAPH("Graph", Paths.graphs()), TASK("", "");

        private final String label;
        private final String path;

        View(String label, String path) {
            this.label = label;
            this.path = path;
        }
    }

    private Layout() {
    }

    static String page(String title, View current, ChangeFeedUseCase.Position position, String readAt, Html main) {
        Html page = new Html().raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<meta name=\"color-scheme\" content=\"light dark\"><title>");
        page.text(title).raw(" · Task Orchestrator</title>");
        page.raw("<link rel=\"stylesheet\"").attr("href", Paths.asset("board.css")).raw(">");
        page.raw("<script defer").attr("src", Paths.asset("board.js")).raw("></script></head>");
        page.raw("<body").attr("data-feed", Paths.events() + "?at=" + LiveFeed.token(position)).raw(">");
        page.raw("<header><a class=\"brand\"").attr("href", Paths.plans()).raw(">Task Orchestrator</a><nav>");
        for (View view : View.values()) {
            if (view.label.isEmpty()) {
                continue;
            }
            page.raw("<a").attr("href", view.path);
            if (view == current) {
                page.raw(" aria-current=\"page\"");
            }
            page.raw(">").text(view.label).raw("</a>");
        }
        page.raw("</nav><span id=\"live\" role=\"status\" title=\"read at ").text(readAt)
                .raw("\">as of ").text(readAt).raw("</span></header>");
        page.raw("<main id=\"main\">").raw(main.toString()).raw("</main>");
        page.raw("<footer>Read-only. Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, "
                + "<kbd>/</kbd> filters, <kbd>g</kbd> then <kbd>p</kbd>/<kbd>s</kbd>/<kbd>d</kbd> changes view.</footer>");
        return page.raw("</body></html>").toString();
    }
}
