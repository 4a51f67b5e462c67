package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.common.Actor;

/** Who runs a command and where: the person at the terminal, and the workspace the command works in. */
public interface Invocation {

    /** The person, as every change a command makes records them. */
    Actor operator();

    /** The workspace: its open session is the one a command means when it names none. */
    String workspace();
}
