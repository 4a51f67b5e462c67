package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** Where a template comes from: shipped in the jar, the workspace's own, or the user's shared folder. */
public enum TemplateCategory implements WireValue {
    BUILTIN, USER, SHARED;

    /** Built-in templates ship with the orchestrator and are never changed in place. */
    public boolean writable() {
        return this != BUILTIN;
    }

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}
