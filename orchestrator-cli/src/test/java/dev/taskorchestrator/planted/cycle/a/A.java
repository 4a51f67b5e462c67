package dev.taskorchestrator.planted.cycle.a;

import dev.taskorchestrator.planted.cycle.b.B;

/** Planted violation: half of a package cycle. */
public class A {
    public B partner() {
        return new B();
    }
}
