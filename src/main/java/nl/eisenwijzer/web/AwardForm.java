package nl.eisenwijzer.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.Award;
import nl.eisenwijzer.profile.AwardValidation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wizard's award step, read into the tender file's {@code award} section exactly as a buyer writes it by hand
 * ({@code examples/velsen-award.yaml}): the price curve, the quality criteria in numbered rows
 * ({@code award.quality.0.id}), the security criterion, the tie-breakers in order and the shortlist rule. Without
 * the choice for own criteria the section is left out and bidders rank on the PvE's wishes only.
 *
 * <p>Each mistake is said beside its field in the page's language; what passes is then checked by the engine's own
 * {@link AwardValidation}, whose errors (field {@code award.price.floor.price}, {@code award.quality[1].id}) land
 * beside the row they came from. Only a section without errors goes into the file.
 */
final class AwardForm {

    /** The step's choice, named like the section: awarding on own criteria, or on the PvE's wishes only. */
    static final String CHOICE = "award";
    static final String WISHES_ONLY = "wishes";
    static final String OWN_CRITERIA = "criteria";
    static final List<String> CHOICES = List.of(WISHES_ONLY, OWN_CRITERIA);
    /** Rows the page shows at least; more when the saved section has more. */
    static final int QUALITY_ROWS = 6;
    static final int TIE_BREAKER_ROWS = 3;

    private static final String PRICE = "award.price";
    private static final String QUALITY = "award.quality";
    private static final String TIE_BREAKERS = "award.tieBreakers";
    private static final List<String> PRICE_FIELDS = List.of("id", "name", "ceiling.price", "ceiling.points",
            "inflection.price", "inflection.points", "floor.price", "floor.points");
    private static final List<String> CRITERION_FIELDS = List.of("id", "name", "maxPoints");
    /**
     * An amount or points as people type them: {@code 180000}, {@code 180.000}, {@code 150.000,50}, {@code 12,5} or
     * {@code 12.5}. A separator before three digits groups thousands; before one or two it is the decimal one (the
     * section allows at most two decimals, so the reading is never in doubt).
     */
    private static final Pattern NUMBER = Pattern.compile("(?:€|EUR)?\\s*(\\d{1,3}(?:[.,\u00a0 ]\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?");
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(10_000);
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000");

    /**
     * How many rows of quality criteria and tie-breakers the page has; of the quality rows, the first {@code qualityOpen}
     * show at once (those filled in and one more, at least two), the rest behind "more criteria".
     */
    record Rows(int quality, int qualityOpen, int tieBreakers) {
    }

    private final Catalog catalog;
    private final Texts texts;
    private final FormFields form;
    private final ProfileTree tree;
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** Criterion ids in the order the section names them (price, quality, security), each once. */
    private final List<String> criteria = new ArrayList<>();
    private final List<String> quality = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** For the engine's errors: the form row of each list item ({@code award.quality[0]} is row 2 when 0 and 1 were empty). */
    private final Map<String, String> rows = new HashMap<>();

    private AwardForm(Catalog catalog, Texts texts, FormFields form, ProfileTree tree) {
        this.catalog = catalog;
        this.texts = texts;
        this.form = form;
        this.tree = tree;
    }

    /** Applies the step's answers to {@code tree}; the errors by form field, empty when the section can be used. */
    static Map<String, String> apply(FormFields form, ProfileTree tree, Catalog catalog, Texts texts) {
        AwardForm award = new AwardForm(catalog, texts, form, tree);
        award.apply();
        return award.errors;
    }

    /** The rows for a page showing {@code values}, of a tender saved as {@code saved}. */
    static Rows rows(ProfileTree saved, FormValues values) {
        int quality = Math.max(QUALITY_ROWS, size(saved.node(QUALITY)));
        int filled = 0;
        for (int row = 0; row < quality; row++) {
            String prefix = QUALITY + "." + row + ".";
            if (CRITERION_FIELDS.stream().anyMatch(field -> !values.get(prefix + field).isBlank())) {
                filled = row + 1;
            }
        }
        return new Rows(quality, Math.min(quality, Math.max(2, filled + 1)), Math.max(TIE_BREAKER_ROWS, size(saved.node(TIE_BREAKERS))));
    }

    private void apply() {
        String choice = form.text(CHOICE);
        if (choice != null && !CHOICES.contains(choice)) {
            errors.put(CHOICE, texts.get("error.notAllowed", String.join(", ", CHOICES)));
            return;
        }
        if (choice == null && anyGiven()) {
            errors.put(CHOICE, texts.get("error.award.choose"));
            return;
        }
        if (!OWN_CRITERIA.equals(choice)) {
            tree.remove(CHOICE);
            return;
        }
        ObjectNode award = tree.mapper().createObjectNode();
        price(award);
        quality(award);
        ObjectNode security = criterion("award.security");
        if (security != null) {
            award.set("security", security);
        }
        if (!award.has("price") && !award.has("quality") && !award.has("security")) {
            errors.put(CHOICE, texts.get("error.award.noCriterion"));
            return;
        }
        scale(award);
        tieBreakers(award);
        shortlist(award);
        if (!errors.isEmpty()) {
            return;
        }
        try {
            new AwardValidation(catalog).validate(tree.mapper().treeToValue(award, Award.class));
            tree.setNode(CHOICE, award);
        } catch (InvalidInputException e) {
            errors.put(formField(e.field()), InputErrors.describe(e, texts));
        }
    }

    /** Whether any field of the section is filled in (the choice itself aside). */
    private boolean anyGiven() {
        return form.form().entrySet().stream().anyMatch(field -> field.getKey().startsWith(CHOICE + ".")
                && field.getValue().stream().anyMatch(value -> value != null && !value.isBlank()));
    }

    private void price(ObjectNode award) {
        if (PRICE_FIELDS.stream().allMatch(field -> form.text(PRICE + "." + field) == null)) {
            return;
        }
        ObjectNode price = award.putObject("price");
        put(price, "id", id(PRICE + ".id"));
        put(price, "name", name(PRICE + ".name"));
        BigDecimal ceiling = amount(PRICE + ".ceiling.price");
        BigDecimal ceilingPoints = points(PRICE + ".ceiling.points", true);
        BigDecimal floor = amount(PRICE + ".floor.price");
        BigDecimal floorPoints = points(PRICE + ".floor.points", true);
        point(price, "ceiling", ceiling, ceilingPoints);
        boolean inflectionPrice = form.text(PRICE + ".inflection.price") != null;
        boolean inflectionPoints = form.text(PRICE + ".inflection.points") != null;
        if (inflectionPrice != inflectionPoints) {
            errors.put(PRICE + ".inflection." + (inflectionPrice ? "points" : "price"), texts.get("error.award.inflectionBoth"));
        } else if (inflectionPrice) {
            BigDecimal at = amount(PRICE + ".inflection.price");
            BigDecimal atPoints = points(PRICE + ".inflection.points", true);
            if (at != null && floor != null && ceiling != null && (at.compareTo(floor) <= 0 || at.compareTo(ceiling) >= 0)) {
                errors.put(PRICE + ".inflection.price", texts.get("error.award.inflectionPrice"));
            }
            if (atPoints != null && floorPoints != null && ceilingPoints != null
                    && (atPoints.compareTo(ceilingPoints) <= 0 || atPoints.compareTo(floorPoints) >= 0)) {
                errors.put(PRICE + ".inflection.points", texts.get("error.award.inflectionPoints"));
            }
            point(price, "inflection", at, atPoints);
        }
        point(price, "floor", floor, floorPoints);
        if (floor != null && ceiling != null && floor.compareTo(ceiling) >= 0) {
            errors.putIfAbsent(PRICE + ".floor.price", texts.get("error.award.floorPrice"));
        }
        if (floorPoints != null && ceilingPoints != null && floorPoints.compareTo(ceilingPoints) <= 0) {
            errors.putIfAbsent(PRICE + ".floor.points", texts.get("error.award.floorPoints"));
        }
    }

    private void quality(ObjectNode award) {
        ArrayNode list = tree.mapper().createArrayNode();
        for (int row = 0; row < rowsGiven(QUALITY); row++) {
            ObjectNode criterion = criterion(QUALITY + "." + row);
            if (criterion != null) {
                rows.put(QUALITY + "[" + list.size() + "]", QUALITY + "." + row);
                list.add(criterion);
                quality.add(criterion.path("id").asString());
            }
        }
        if (!list.isEmpty()) {
            award.set("quality", list);
        }
    }

    /** A criterion's id, name and maximum points; null when its row is left empty. */
    private ObjectNode criterion(String prefix) {
        if (CRITERION_FIELDS.stream().allMatch(field -> form.text(prefix + "." + field) == null)) {
            return null;
        }
        ObjectNode criterion = tree.mapper().createObjectNode();
        put(criterion, "id", id(prefix + ".id"));
        put(criterion, "name", name(prefix + ".name"));
        BigDecimal max = points(prefix + ".maxPoints", false);
        if (max != null) {
            criterion.put("maxPoints", max);
        }
        return criterion;
    }

    private void scale(ObjectNode award) {
        String scale = form.text("award.scale");
        List<String> scales = new ArrayList<>(catalog.scoringScales().keySet());
        if (scale != null && !scales.contains(scale)) {
            errors.put("award.scale", texts.get("error.notAllowed", String.join(", ", scales)));
        } else if (scale != null) {
            award.put("scale", scale);
        }
    }

    private void tieBreakers(ObjectNode award) {
        ArrayNode list = tree.mapper().createArrayNode();
        Set<String> named = new HashSet<>();
        for (int row = 0; row < rowsGiven(TIE_BREAKERS); row++) {
            String field = TIE_BREAKERS + "." + row;
            String id = form.text(field);
            if (id == null) {
                continue;
            }
            if (!criteria.contains(id)) {
                errors.put(field, texts.get("error.award.criterion", String.join(", ", criteria)));
            } else if (!named.add(id)) {
                errors.put(field, texts.get("error.award.criterionTwice", id));
            }
            rows.put(TIE_BREAKERS + "[" + list.size() + "]", field);
            list.add(id);
        }
        if (!list.isEmpty()) {
            award.set("tieBreakers", list);
        }
    }

    private void shortlist(ObjectNode award) {
        String moreThan = form.text("award.shortlist.moreThan");
        String criterion = form.text("award.shortlist.criterion");
        if (moreThan == null && criterion == null) {
            return;
        }
        ObjectNode shortlist = award.putObject("shortlist");
        Integer bids = null;
        try {
            bids = moreThan == null ? null : Integer.valueOf(moreThan);
        } catch (NumberFormatException e) {
            // said below, with the range
        }
        if (bids == null || bids < 1 || bids > 1000) {
            errors.put("award.shortlist.moreThan", texts.get("error.number.range", 1, 1000));
        } else {
            shortlist.put("moreThan", bids);
        }
        if (quality.isEmpty()) {
            errors.put("award.shortlist.criterion", texts.get("error.award.shortlistNoQuality"));
        } else if (criterion == null || !quality.contains(criterion)) {
            errors.put("award.shortlist.criterion", texts.get("error.award.shortlistCriterion", String.join(", ", quality)));
        } else {
            shortlist.put("criterion", criterion);
        }
    }

    private String id(String field) {
        String id = form.text(field);
        if (id == null || !AwardValidation.CRITERION_ID.matcher(id).matches()) {
            errors.put(field, texts.get("error.award.id"));
        } else if (!ids.add(id)) {
            errors.put(field, texts.get("error.award.idTwice", id));
        } else {
            criteria.add(id);
        }
        return id;
    }

    private String name(String field) {
        String name = form.text(field);
        if (name == null || name.length() > 200) {
            errors.put(field, texts.get("error.award.name"));
        }
        return name;
    }

    private BigDecimal amount(String field) {
        BigDecimal amount = number(form.text(field));
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_PRICE) > 0) {
            errors.put(field, texts.get("error.award.amount"));
            return null;
        }
        return amount;
    }

    private BigDecimal points(String field, boolean zero) {
        BigDecimal points = number(form.text(field));
        if (points == null || points.signum() < 0 || (!zero && points.signum() == 0) || points.compareTo(MAX_POINTS) > 0) {
            errors.put(field, texts.get(zero ? "error.award.points" : "error.award.maxPoints"));
            return null;
        }
        return points;
    }

    /** The number as typed, or null when it is none (negative numbers and three decimals are none). */
    static BigDecimal number(String text) {
        Matcher matcher = text == null ? null : NUMBER.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        String whole = matcher.group(1).replaceAll("\\D", "");
        BigDecimal number = new BigDecimal(matcher.group(2) == null ? whole : whole + "." + matcher.group(2)).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    private void point(ObjectNode price, String key, BigDecimal amount, BigDecimal points) {
        ObjectNode point = price.putObject(key);
        if (amount != null) {
            point.put("price", amount);
        }
        if (points != null) {
            point.put("points", points);
        }
    }

    private static void put(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    /** How many numbered rows of a list the form sent ({@code award.quality.5.id} makes six), at most 100. */
    private int rowsGiven(String list) {
        Pattern row = Pattern.compile(Pattern.quote(list) + "\\.(\\d{1,2})(\\..*)?");
        return form.form().keySet().stream().map(row::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
    }

    /** The form field beside which an engine error on the section shows. */
    private String formField(String field) {
        for (Map.Entry<String, String> row : rows.entrySet()) {
            if (field.equals(row.getKey()) || field.startsWith(row.getKey() + ".")) {
                return row.getValue() + field.substring(row.getKey().length());
            }
        }
        return switch (field) {
            case "award.price.ceiling", "award.price.inflection", "award.price.floor" -> field + ".price";
            case "award.price", "award.security" -> field + ".id";
            default -> WizardStep.formField(field);
        };
    }

    private static int size(JsonNode list) {
        return list == null || !list.isArray() ? 0 : list.size();
    }
}
