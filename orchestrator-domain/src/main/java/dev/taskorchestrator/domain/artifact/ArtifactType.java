package dev.taskorchestrator.domain.artifact;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** What an artifact holds. */
public enum ArtifactType implements WireValue {
    CODE("text/plain"), DOCUMENTATION("text/markdown"), ANALYSIS("text/markdown"), DESIGN("text/markdown"),
    TEST("text/plain"), CONFIG("text/plain"), DATA("text/plain"), GENERAL("text/markdown");

    private final String defaultMimeType;

    ArtifactType(String defaultMimeType) {
        this.defaultMimeType = defaultMimeType;
    }

    public String defaultMimeType() {
        return defaultMimeType;
    }

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}
