package dev.taskorchestrator.planted.cycle.b;

import dev.taskorchestrator.planted.cycle.a.A;

/** Planted violation: the other half of a package cycle. */
public class B {
    public A partner() {
        return new A();
    }
}
