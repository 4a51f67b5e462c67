/**
 * Public API. The testkit for embedders: the store's ports in one record, and the list of the packages that make up the public API.
 */
package dev.taskorchestrator.testkit;
