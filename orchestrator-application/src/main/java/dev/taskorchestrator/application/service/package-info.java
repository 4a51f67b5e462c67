/**
 * Public API. The entry point: build an {@link dev.taskorchestrator.application.service.Orchestrator} from {@link dev.taskorchestrator.application.service.OrchestratorPorts} and call it; the services behind it are not public.
 */
package dev.taskorchestrator.application.service;
