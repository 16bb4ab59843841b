package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A completed assignment the bidder cites as a reference. */
@JsonPropertyOrder({"client", "completed", "users", "publicSector"})
public record ClientReference(String client, LocalDate completed, Integer users, Boolean publicSector)
        implements DossierEvidence {

    public ClientReference {
        publicSector = Boolean.TRUE.equals(publicSector);
    }

    public boolean isPublicSector() {
        return publicSector;
    }

    /** The number of users, 0 when not stated. */
    public int userCount() {
        return users == null ? 0 : users;
    }

    /** References are the dossier's evidence of type REFERENCE. */
    @Override
    public String type() {
        return "REFERENCE";
    }

    @Override
    public LocalDate date() {
        return completed;
    }

    @Override
    public String describe() {
        return "REFERENCE " + client + " (" + completed + ")";
    }
}
