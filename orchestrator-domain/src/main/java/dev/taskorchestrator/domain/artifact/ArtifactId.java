package dev.taskorchestrator.domain.artifact;

import dev.taskorchestrator.domain.common.Ids;

/** An artifact's id: {@code artifact_} and a short, creation-ordered body. */
public record ArtifactId(String value) {

    public static final String PREFIX = "artifact_";

    public ArtifactId {
        value = Ids.check(PREFIX, value, "artifact_id");
    }

    public static ArtifactId parse(String value, String field) {
        return new ArtifactId(Ids.check(PREFIX, value, field));
    }

    @Override
    public String toString() {
        return value;
    }
}
