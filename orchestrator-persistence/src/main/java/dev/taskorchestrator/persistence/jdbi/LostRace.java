package dev.taskorchestrator.persistence.jdbi;

/**
 * A unit of work lost a race with another writer: the database broke a deadlock or a
 * serialization conflict, a lock stayed busy, or a row changed between the moment the use case
 * read it and the moment it wrote. Nothing the caller asked for was wrong, so this never reaches
 * a caller: {@link Handles} rolls the unit of work back and runs it again on fresh data.
 */
final class LostRace extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LostRace(String what, Throwable cause) {
        super(what, cause, false, false);
    }
}
