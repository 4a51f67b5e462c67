package dev.taskorchestrator.domain.common;

/** An enumeration constant with the spelling it has on the wire (snake_case, lower case). */
public interface WireValue {

    String wire();
}
