/**
 * Internal: not part of the public API, and free to change in any release. The shapes of the MCP tools' results.
 */
package dev.taskorchestrator.mcp.wire;
