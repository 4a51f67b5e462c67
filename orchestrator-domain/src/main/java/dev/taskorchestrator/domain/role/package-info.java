/**
 * Public API. The specialist roles a task runs in, and what each is told.
 */
package dev.taskorchestrator.domain.role;
