package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;

/** Reads one artifact with its content. */
public interface GetArtifactUseCase {

    Artifact artifact(ArtifactId artifactId);
}
