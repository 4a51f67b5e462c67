/**
 * Internal: not part of the public API, and free to change in any release. One class per MCP tool.
 */
package dev.taskorchestrator.mcp.tool;
