package dev.taskorchestrator.persistence;

/** The testkit's contracts, unchanged, on PostgreSQL (embedded, real), a fresh schema per test. */
class PostgresContractsTest extends ContractsOnDatabases {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
