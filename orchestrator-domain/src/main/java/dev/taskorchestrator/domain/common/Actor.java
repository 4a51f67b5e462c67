package dev.taskorchestrator.domain.common;

import java.util.Objects;

/**
 * Who makes a change: an agent (an MCP client, by its name) or an operator (a person at the
 * terminal, a program embedding the core). Only an operator may override another's claim, and
 * only when asking for it explicitly; the override is recorded in the task's history.
 */
public record Actor(Kind kind, String name) {

    public enum Kind implements WireValue {
        AGENT, OPERATOR;

        @Override
        public String wire() {
            return WireValues.wireOf(this);
        }
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        name = Checks.text(name, "agent", 1, Limits.SHORT_TEXT_MAX);
    }

    public static Actor agent(String name) {
        return new Actor(Kind.AGENT, name);
    }

    public static Actor operator(String name) {
        return new Actor(Kind.OPERATOR, name);
    }

    public boolean isOperator() {
        return kind == Kind.OPERATOR;
    }

    @Override
    public String toString() {
        return kind.wire() + " " + name;
    }
}
