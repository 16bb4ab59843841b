package nl.eisenwijzer.tender;

import java.time.Instant;

/**
 * One saved version in a tender's history: who saved it, when, what changed (a summary of the changed
 * fields), why (the user's reason, optional), and the tender as it then was.
 */
public record TenderChange(long version, Instant at, String by, String summary, String reason, TenderStatus status,
        String profile, String notes) {
}
