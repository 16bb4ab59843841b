package nl.eisenwijzer.gap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** An assurance or test report in the dossier: SOC 2, ISAE 3402/3000, a pentest, a bridge letter. */
@JsonPropertyOrder({"type", "issuer", "periodStart", "periodEnd", "issued", "coversServices"})
public record AssuranceReport(String type, String issuer, LocalDate periodStart, LocalDate periodEnd, LocalDate issued,
        List<String> coversServices) implements ScopedEvidence {

    public AssuranceReport {
        coversServices = coversServices == null ? List.of() : List.copyOf(coversServices);
    }

    /** The date from which a report's validity counts, as its evidence type says. */
    public LocalDate countedFrom(nl.eisenwijzer.catalog.EvidenceType.CountedFrom from) {
        return from == nl.eisenwijzer.catalog.EvidenceType.CountedFrom.ISSUED ? issued : periodEnd;
    }

    @Override
    public LocalDate date() {
        return periodEnd != null ? periodEnd : issued;
    }

    @Override
    public String describe() {
        return type + " (" + (periodEnd != null ? periodStart + " – " + periodEnd : issued) + ")";
    }
}
