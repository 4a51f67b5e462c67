package dev.taskorchestrator.application.planted;

import dev.taskorchestrator.persistence.ids.TimeOrderedIdGenerator;

/** Planted violation: a use case that reaches an adapter directly. */
public class ApplicationUsingAnAdapter {
    public Object ids() {
        return TimeOrderedIdGenerator.systemDefault();
    }
}
