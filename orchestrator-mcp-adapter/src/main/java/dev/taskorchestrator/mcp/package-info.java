/**
 * Internal: not part of the public API, and free to change in any release. The MCP server; use it through {@code orchestrator serve}.
 */
package dev.taskorchestrator.mcp;
