package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.common.Actor;
import picocli.CommandLine.Option;

/** Who a command acts as: the person at the terminal, or the agent they name to act for. */
public final class ActingAs {

    private final Invocation invocation;

    @Field("agent")
    @Option(names = "--agent", paramLabel = "NAME",
            description = "Act as this agent: claims are made and recorded in its name. Default: you, as cli@$USER.")
    private String agent;

    public ActingAs(Invocation invocation) {
        this.invocation = invocation;
    }

    Actor actor() {
        return agent == null ? invocation.operator() : Actor.agent(agent);
    }
}
