package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import nl.eisenwijzer.award.Evaluation;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.profile.ProcurementProfile;

/**
 * The body of {@code POST /api/v1/gap-reports}: the purchase, one dossier per bidder, and optionally the evaluation
 * committee's judgments on the award's quality criteria (and a recorded draw).
 */
@JsonPropertyOrder({"procurement", "suppliers", "evaluation"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record GapRequest(ProcurementProfile procurement, List<SupplierDossier> suppliers, Evaluation evaluation) {
}
