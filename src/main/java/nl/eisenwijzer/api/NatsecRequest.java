package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.natsec.Answers;
import nl.eisenwijzer.profile.ProcurementProfile;

/**
 * The body of {@code POST /api/v1/national-security-assessments}: the purchase, the bidder's dossier with its
 * chain, optionally the answers a person confirms and the control measures the buyer can realise (left out:
 * question 3B stays unknown).
 */
@JsonPropertyOrder({"procurement", "supplier", "answers", "realisableMeasures"})
record NatsecRequest(ProcurementProfile procurement, SupplierDossier supplier, Answers answers,
        List<String> realisableMeasures) {
}
