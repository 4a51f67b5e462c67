package dev.taskorchestrator.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();

    @Test
    void givenLongWork_whenStepped_thenOneRedrawnLineEndsAtTheTotalAndIsClearedWhenDone() {
        Progress progress = Progress.to(new PrintWriter(err), "reading line", 2_000);

        for (int i = 0; i < 2_000; i++) {
            progress.step();
        }
        progress.done();

        String drawn = err.toString();
        assertThat(drawn).startsWith("\rreading line 1 of 2,000 (0%)").contains("\rreading line 2,000 of 2,000 (100%)")
                .doesNotContain("\n").endsWith("\r");
        assertThat(drawn.split("\r").length).as("redrawn at most every 100 ms, not at every step").isLessThan(200);
        String cleared = drawn.substring(drawn.lastIndexOf("(100%)") + "(100%)".length());
        assertThat(cleared.strip()).isEmpty();
    }

    @Test
    void givenShortWork_whenStepped_thenNothingIsDrawn() {
        Progress progress = Progress.to(new PrintWriter(err), "reading line", 999);

        progress.step();
        progress.say("storing");
        progress.done();

        assertThat(err.toString()).isEmpty();
    }
}
