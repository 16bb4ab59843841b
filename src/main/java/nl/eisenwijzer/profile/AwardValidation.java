package nl.eisenwijzer.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.input.InvalidInputException;

/**
 * Checks a profile's award section before any rule reads it: every criterion named once, points and prices positive
 * and in the order the curve needs, tie-breakers and the shortlist criterion among the criteria, the scale in the
 * catalogue. Errors name the field ({@code award.price.inflection.price}) and what is allowed. The profile reader checks
 * the section inside a whole profile; the web wizard's award step checks it on its own, before anything is saved.
 */
public final class AwardValidation {

    /** A criterion id as tenders number them: {@code K-1}, {@code SGC-K2}, {@code price}. */
    public static final Pattern CRITERION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,39}");
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(10_000);
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000");

    private final Catalog catalog;

    public AwardValidation(Catalog catalog) {
        this.catalog = catalog;
    }

    public Award validate(Award award) {
        if (award == null) {
            return null;
        }
        if (award.price() == null && award.quality().isEmpty() && award.security() == null) {
            throw new InvalidInputException("award", "field 'award' names no criterion; give at least one of "
                    + "'award.price', 'award.quality', 'award.security'");
        }
        Set<String> ids = new HashSet<>();
        if (award.price() != null) {
            price(award.price(), ids);
        }
        for (int i = 0; i < award.quality().size(); i++) {
            criterion("award.quality[" + i + "]", award.quality().get(i), ids);
        }
        if (award.security() != null) {
            criterion("award.security", award.security(), ids);
        }
        String scale = award.scale() == null ? Award.DEFAULT_SCALE : award.scale();
        List<String> scales = new ArrayList<>(catalog.scoringScales().keySet());
        if (!award.quality().isEmpty() && !catalog.scoringScales().containsKey(scale)) {
            throw InvalidInputException.notAllowed("award.scale", scale, scales);
        }
        List<String> criteria = award.criterionIds();
        Set<String> breakers = new HashSet<>();
        for (int i = 0; i < award.tieBreakers().size(); i++) {
            String id = award.tieBreakers().get(i);
            String field = "award.tieBreakers[" + i + "]";
            if (id == null || !ids.contains(id)) {
                throw InvalidInputException.notAllowed(field, String.valueOf(id), criteria);
            }
            if (!breakers.add(id)) {
                throw new InvalidInputException(field, "field '" + field + "': criterion '" + id + "' is named twice");
            }
        }
        if (award.shortlist() != null) {
            shortlist(award, criteria);
        }
        return new Award(award.price(), award.quality(), award.security(), scale, award.tieBreakers(), award.shortlist());
    }

    private static void price(Award.Price price, Set<String> ids) {
        id("award.price", price.id(), ids);
        name("award.price", price.name());
        point("award.price.ceiling", price.ceiling());
        point("award.price.floor", price.floor());
        if (price.floor().price().compareTo(price.ceiling().price()) >= 0) {
            throw new InvalidInputException("award.price.floor.price", "field 'award.price.floor.price' ("
                    + price.floor().price().toPlainString() + ") must be below 'award.price.ceiling.price' ("
                    + price.ceiling().price().toPlainString() + ")");
        }
        if (price.floor().points().compareTo(price.ceiling().points()) <= 0) {
            throw new InvalidInputException("award.price.floor.points", "field 'award.price.floor.points' must be more than "
                    + "'award.price.ceiling.points': a lower price earns more points");
        }
        Award.PricePoint inflection = price.inflection();
        if (inflection != null) {
            point("award.price.inflection", inflection);
            if (inflection.price().compareTo(price.floor().price()) <= 0
                    || inflection.price().compareTo(price.ceiling().price()) >= 0) {
                throw new InvalidInputException("award.price.inflection.price", "field 'award.price.inflection.price' ("
                        + inflection.price().toPlainString() + ") must lie between the floor ("
                        + price.floor().price().toPlainString() + ") and the ceiling (" + price.ceiling().price().toPlainString() + ")");
            }
            if (inflection.points().compareTo(price.ceiling().points()) <= 0
                    || inflection.points().compareTo(price.floor().points()) >= 0) {
                throw new InvalidInputException("award.price.inflection.points", "field 'award.price.inflection.points' ("
                        + inflection.points().toPlainString() + ") must lie between the ceiling's points ("
                        + price.ceiling().points().toPlainString() + ") and the floor's (" + price.floor().points().toPlainString() + ")");
            }
        }
    }

    private static void point(String field, Award.PricePoint point) {
        if (point == null) {
            throw new InvalidInputException(field, "field '" + field + "' is required: a price and the points it earns");
        }
        amount(field + ".price", point.price(), MAX_PRICE);
        if (point.points() == null || point.points().signum() < 0 || point.points().compareTo(MAX_POINTS) > 0
                || point.points().scale() > 2) {
            throw new InvalidInputException(field + ".points", "field '" + field + ".points' is required; allowed: 0 to "
                    + MAX_POINTS + " points, at most two decimals");
        }
    }

    private static void criterion(String field, Award.Criterion criterion, Set<String> ids) {
        if (criterion == null) {
            throw new InvalidInputException(field, "field '" + field + "' is null; a criterion has an id, a name and maxPoints");
        }
        id(field, criterion.id(), ids);
        name(field, criterion.name());
        if (criterion.maxPoints() == null || criterion.maxPoints().signum() <= 0
                || criterion.maxPoints().compareTo(MAX_POINTS) > 0 || criterion.maxPoints().scale() > 2) {
            throw new InvalidInputException(field + ".maxPoints", "field '" + field + ".maxPoints' is required; allowed: more "
                    + "than 0, at most " + MAX_POINTS + ", at most two decimals");
        }
    }

    private static void id(String field, String id, Set<String> ids) {
        if (id == null || !CRITERION_ID.matcher(id).matches()) {
            throw new InvalidInputException(field + ".id", "field '" + field + ".id' is required: a letter, then letters, "
                    + "digits, '.', '_' or '-' (at most 40), as the tender numbers its criteria (e.g. K-1)");
        }
        if (!ids.add(id)) {
            throw new InvalidInputException(field + ".id", "field '" + field + ".id': criterion '" + id + "' is named twice");
        }
    }

    private static void name(String field, String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException(field + ".name", "field '" + field + ".name' is required: the criterion's name as "
                    + "the tender gives it (at most 200 characters)");
        }
    }

    private static void amount(String field, BigDecimal amount, BigDecimal max) {
        if (amount == null || amount.signum() <= 0 || amount.compareTo(max) > 0 || amount.scale() > 2) {
            throw new InvalidInputException(field, "field '" + field + "' is required; allowed: an amount in euro above 0, "
                    + "at most two decimals");
        }
    }

    private static void shortlist(Award award, List<String> criteria) {
        Award.Shortlist shortlist = award.shortlist();
        if (shortlist.moreThan() == null || shortlist.moreThan() < 1 || shortlist.moreThan() > 1000) {
            throw new InvalidInputException("award.shortlist.moreThan", "field 'award.shortlist.moreThan' is required; "
                    + "allowed: 1 to 1000 admissible bids");
        }
        List<String> quality = award.quality().stream().map(Award.Criterion::id).toList();
        if (shortlist.criterion() == null || !quality.contains(shortlist.criterion())) {
            throw InvalidInputException.notAllowed("award.shortlist.criterion", String.valueOf(shortlist.criterion()), quality);
        }
    }
}
