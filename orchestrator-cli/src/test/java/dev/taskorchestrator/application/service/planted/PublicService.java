package dev.taskorchestrator.application.service.planted;

/** Planted violation: a service reachable without the facade. */
public class PublicService {
}
