package dev.taskorchestrator.application.service.planted;

/** Planted violation: a use case that draws its own random number instead of asking the id generator. */
public class ServiceDrawingARandomNumber {
    public double jitter() {
        return Math.random();
    }
}
