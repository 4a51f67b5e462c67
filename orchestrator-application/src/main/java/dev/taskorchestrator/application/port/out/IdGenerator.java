package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.reboot.InstanceId;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;

/** The only source of new ids. Ids of one kind sort in creation order. */
public interface IdGenerator {

    TaskId newTaskId();

    SessionId newSessionId();

    ArtifactId newArtifactId();

    InstanceId newInstanceId();
}
