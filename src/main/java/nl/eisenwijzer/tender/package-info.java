/**
 * Saved tenders: the buyer's procurement profile with its tailoring, notes and status, kept in a database
 * (an H2 file by default, PostgreSQL by configuration; schema by Flyway in {@code db/migration}) with the
 * history of every change — who, when, what and why. Every read and write is scoped to the organisation of
 * the signed-in user, so one organisation never sees another's tenders. Concurrent edits are caught by the
 * version number (optimistic locking): a save based on an older version is refused with the newer one.
 * Supplier dossiers are never stored here.
 */
package nl.eisenwijzer.tender;
