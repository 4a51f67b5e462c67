package dev.taskorchestrator.planted;

/** Planted violation: a class called a use case that is neither an interface nor in port.in. */
public class MisplacedUseCase {
}
