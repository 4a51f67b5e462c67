package dev.taskorchestrator.board;

import static dev.taskorchestrator.testkit.fixtures.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.domain.task.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphViewTest {

    @Test
    void givenChainsAndALoneTask_whenLaidOut_thenEachTaskSitsOneColumnRightOfItsFurthestPrerequisite() {
        Task design = aTask().withTitle("design").build();
        Task build = aTask().withTitle("build").dependingOn(design.id()).build();
        Task docs = aTask().withTitle("docs").dependingOn(design.id()).build();
        Task release = aTask().withTitle("release").dependingOn(build.id(), docs.id(), design.id()).build();
        Task alone = aTask().withTitle("alone").build();

        List<GraphView.Placed> placed = GraphView.layout(List.of(release, alone, docs, build, design));

        assertThat(placed).extracting(box -> box.task().title() + "@" + box.column())
                .containsExactlyInAnyOrder("design@0", "alone@0", "build@1", "docs@1", "release@2");
        assertThat(placed).extracting(box -> box.column() + ":" + box.row()).doesNotHaveDuplicates();
    }
}
