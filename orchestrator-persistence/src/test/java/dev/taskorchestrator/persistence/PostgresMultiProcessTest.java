package dev.taskorchestrator.persistence;

/** Ten, eight and two processes on one PostgreSQL server, and a SIGKILL in the middle of writing. */
class PostgresMultiProcessTest extends MultiProcessContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
