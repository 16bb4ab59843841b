package nl.eisenwijzer.gap;

import java.time.LocalDate;
import java.util.List;

/**
 * The frame a dossier is judged in, one fact per session: the reference date (peildatum), the contract
 * period and the purchased product types, all from the procurement profile.
 *
 * @param contractStart the contract start, or the reference date when the profile gives none
 * @param contractEnd the last contract day, or {@code null} when the contract length is not known
 * @param contractMonths the contract length, or {@code null} when not known
 */
public record GapContext(LocalDate referenceDate, LocalDate contractStart, LocalDate contractEnd, Integer contractMonths,
        List<String> productTypes) {

    public GapContext {
        productTypes = List.copyOf(productTypes);
    }

    /** Whole contract years, rounded up; 0 when the length is not known. */
    public int contractYears() {
        return contractMonths == null ? 0 : (contractMonths + 11) / 12;
    }
}
