package nl.eisenwijzer.tender;

/** What a user writes to a tender: its title, status, tender file (profile YAML) and notes. */
public record TenderContent(String title, TenderStatus status, String profile, String notes) {
}
