package nl.eisenwijzer.award;

import java.math.BigDecimal;

/**
 * The price criterion's points by price: linear from the ceiling through the optional inflection point to the floor.
 * Prices in euro; {@code inflectionPrice} and {@code inflectionPoints} are {@code null} without an inflection point.
 */
public record PriceCurve(String criterionId, BigDecimal ceilingPrice, BigDecimal ceilingPoints, BigDecimal inflectionPrice,
        BigDecimal inflectionPoints, BigDecimal floorPrice, BigDecimal floorPoints) {
}
