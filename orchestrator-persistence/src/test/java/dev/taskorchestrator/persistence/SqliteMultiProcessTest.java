package dev.taskorchestrator.persistence;

/** Ten, eight and two processes on one SQLite file, and a SIGKILL in the middle of writing. */
class SqliteMultiProcessTest extends MultiProcessContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.freshSqlite();
    }
}
