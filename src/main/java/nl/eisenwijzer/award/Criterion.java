package nl.eisenwijzer.award;

import java.math.BigDecimal;
import nl.eisenwijzer.catalog.Text;

/** A criterion bids score on, with the most points it gives. The profile's award section names them. */
public record Criterion(String id, Text name, BigDecimal maxPoints, Role role) {

    public enum Role {
        /** scored by the price curve */
        PRICE,
        /** judged by the committee on the scale */
        QUALITY,
        /** the PvE's wishes, by their weights */
        SECURITY
    }
}
