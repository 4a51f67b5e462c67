package dev.taskorchestrator.domain.common;

/** Size limits on what clients send, in one place so that errors and documentation agree. */
public final class Limits {

    public static final int TITLE_MAX = 255;
    /** Room for a long specification pasted in whole: 128 K characters (a 100 KB document and more). */
    public static final int DESCRIPTION_MAX = 131_072;
    public static final int SHORT_TEXT_MAX = 255;
    public static final int SUMMARY_MAX = 4_000;
    public static final int REASON_MAX = 2_000;
    /** Artifacts keep large work out of the chat, but one artifact is still bounded: 2 MiB of text. */
    public static final int ARTIFACT_CONTENT_MAX = 2 * 1024 * 1024;
    public static final int CONTEXT_ENTRIES_MAX = 100;
    public static final int CONTEXT_VALUE_MAX = 10_000;
    public static final int DEPENDENCIES_MAX = 100;
    public static final int FILE_PATHS_MAX = 200;
    public static final int PLAN_TASKS_MAX = 1_000;
    public static final int SEARCH_TEXT_MAX = 200;

    private Limits() {
    }
}
