package com.example.tasks.planted;

import dev.taskorchestrator.persistence.jdbi.RetryPolicy;

/** Planted: what the rule must catch, a reach into an internal package. */
public final class UsesAnInternalClass {

    public static Object reach() {
        return RetryPolicy.class;
    }
}
