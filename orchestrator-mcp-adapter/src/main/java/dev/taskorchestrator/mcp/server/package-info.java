/**
 * Internal: not part of the public API, and free to change in any release. The MCP server's tools, resources and prompts on the SDK.
 */
package dev.taskorchestrator.mcp.server;
