package dev.taskorchestrator.persistence;

/** The testkit's contracts, unchanged, on SQLite, a fresh database file per test. */
class SqliteContractsTest extends ContractsOnDatabases {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshSqlite();
    }
}
