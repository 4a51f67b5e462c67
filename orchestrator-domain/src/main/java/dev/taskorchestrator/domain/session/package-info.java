/**
 * Public API. Sessions: the workspace-bound containers that plans are made in and resumed from.
 */
package dev.taskorchestrator.domain.session;
