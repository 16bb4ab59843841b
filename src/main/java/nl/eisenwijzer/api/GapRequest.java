package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.profile.ProcurementProfile;

/** The body of {@code POST /api/v1/gap-reports}: the purchase, and one dossier per bidder. */
@JsonPropertyOrder({"procurement", "suppliers"})
record GapRequest(ProcurementProfile procurement, List<SupplierDossier> suppliers) {
}
