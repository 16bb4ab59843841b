package nl.eisenwijzer.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.input.InvalidInputException;

/**
 * Checks the parts of a profile's {@code tailoring} that do not depend on the PvE: required reasons, known
 * kinds and domains, weights in range, own ids that are new and well-formed, no id tailored twice. Whether an
 * id is in this purchase's PvE, and what it is there, the tailoring rules decide (a
 * {@code TailoringProblem}).
 */
final class TailoringValidation {

    private final Catalog catalog;

    TailoringValidation(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The tailoring as given, or {@code null} when it changes nothing. */
    Tailoring validate(Tailoring given) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        Map<String, String> tailored = new HashMap<>();
        for (int i = 0; i < given.exclude().size(); i++) {
            Tailoring.Exclusion e = given.exclude().get(i);
            String at = "tailoring.exclude[" + i + "]";
            required(at, e, "an exclusion");
            id(at, e.id(), tailored);
            justification(at, e.justification(), "leaving out a line");
        }
        for (int i = 0; i < given.kind().size(); i++) {
            Tailoring.KindChange k = given.kind().get(i);
            String at = "tailoring.kind[" + i + "]";
            required(at, k, "a kind change");
            id(at, k.id(), tailored);
            if (k.kind() == null || !Tailoring.CHANGEABLE_KINDS.contains(k.kind().wire())) {
                throw new InvalidInputException(at + ".kind", "field '" + at + ".kind' is required and must be one of: "
                        + String.join(", ", Tailoring.CHANGEABLE_KINDS) + " (suitability requirements come from the profile's "
                        + "suitability section)", Tailoring.CHANGEABLE_KINDS);
            }
            justification(at, k.justification(), "asking a line as another kind");
        }
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < given.text().size(); i++) {
            Tailoring.TextChange t = given.text().get(i);
            String at = "tailoring.text[" + i + "]";
            required(at, t, "a text change");
            id(at, t.id(), texts);
            if (blank(t.nl()) && blank(t.en())) {
                throw new InvalidInputException(at + ".nl", "field '" + at + "' needs the new text in 'nl', 'en' or both");
            }
            justification(at, t.justification(), "replacing a line's text");
        }
        Map<String, String> weights = new HashMap<>();
        for (int i = 0; i < given.weight().size(); i++) {
            Tailoring.WeightChange w = given.weight().get(i);
            String at = "tailoring.weight[" + i + "]";
            required(at, w, "a weight");
            id(at, w.id(), weights);
            weight(at, w.weight());
        }
        Map<String, String> added = new HashMap<>();
        for (int i = 0; i < given.add().size(); i++) {
            own(given.add().get(i), "tailoring.add[" + i + "]", added);
        }
        for (Map<String, String> changes : List.of(tailored, texts, weights)) {
            changes.forEach((id, at) -> {
                if (added.containsKey(id)) {
                    throw new InvalidInputException(at + ".id", "field '" + at + ".id': " + id + " is the buyer's own "
                            + "requirement (" + added.get(id) + "); give its kind, text and weight there");
                }
            });
        }
        texts.forEach((id, at) -> {
            if (tailored.containsKey(id) && tailored.get(id).startsWith("tailoring.exclude")) {
                throw new InvalidInputException(at + ".id", "field '" + at + ".id': " + id + " is left out ("
                        + tailored.get(id) + "); a left-out line has no text to replace");
            }
        });
        weights.forEach((id, at) -> {
            if (tailored.containsKey(id) && tailored.get(id).startsWith("tailoring.exclude")) {
                throw new InvalidInputException(at + ".id", "field '" + at + ".id': " + id + " is left out ("
                        + tailored.get(id) + "); a left-out line has no weight");
            }
        });
        return given;
    }

    private void own(Tailoring.OwnRequirement own, String at, Map<String, String> added) {
        required(at, own, "an own requirement");
        if (blank(own.id()) || !Tailoring.OWN_ID.matcher(own.id()).matches()) {
            throw new InvalidInputException(at + ".id", "field '" + at + ".id': '" + own.id() + "' is not an id of the "
                    + "form PREFIX-NUMBER, e.g. VLS-01: a prefix of capitals and digits of your choosing, a dash, then "
                    + "your own numbering");
        }
        if (catalog.requirementsById().containsKey(own.id())) {
            throw new InvalidInputException(at + ".id", "field '" + at + ".id': " + own.id() + " is already a catalogue "
                    + "requirement; give your own requirement an id with a prefix of your own");
        }
        String earlier = added.putIfAbsent(own.id(), at);
        if (earlier != null) {
            throw new InvalidInputException(at + ".id", "field '" + at + ".id': " + own.id() + " is already added ("
                    + earlier + ")");
        }
        List<String> kinds = java.util.Arrays.stream(Kind.values()).map(Kind::wire).toList();
        if (own.kind() == null) {
            throw new InvalidInputException(at + ".kind", "field '" + at + ".kind' is required; allowed values: "
                    + String.join(", ", kinds), kinds);
        }
        List<String> domains = catalog.domains().stream().map(nl.eisenwijzer.catalog.Domain::id).toList();
        if (own.domain() == null || !catalog.domainsById().containsKey(own.domain())) {
            throw own.domain() == null
                    ? new InvalidInputException(at + ".domain", "field '" + at + ".domain' is required; allowed values: "
                            + String.join(", ", domains), domains)
                    : InvalidInputException.notAllowed(at + ".domain", own.domain(), domains);
        }
        text(at + ".title", own.title());
        text(at + ".text", own.text());
        if (own.kind() == Kind.WENS) {
            if (own.weight() != null) {
                weight(at, own.weight());
            }
        } else if (own.weight() != null) {
            throw new InvalidInputException(at + ".weight", "field '" + at + ".weight': only a wish (kind: wens) "
                    + "carries a weight; this requirement is a " + own.kind().wire());
        }
        justification(at, own.justification(), "adding an own requirement");
    }

    private static void required(String at, Object value, String what) {
        if (value == null) {
            throw new InvalidInputException(at, "field '" + at + "': " + what + " is expected, not null");
        }
    }

    private static void id(String at, String id, Map<String, String> seen) {
        if (blank(id)) {
            throw new InvalidInputException(at + ".id", "field '" + at + ".id' is required: the id of a PvE line or "
                    + "requirement");
        }
        String earlier = seen.putIfAbsent(id, at);
        if (earlier != null) {
            throw new InvalidInputException(at + ".id", "field '" + at + ".id': " + id + " is already tailored ("
                    + earlier + "); tailor each line once");
        }
    }

    private static void justification(String at, String justification, String what) {
        if (blank(justification)) {
            throw new InvalidInputException(at + ".justification", "field '" + at + ".justification' is required: "
                    + what + " is on record with its reason");
        }
    }

    private static void weight(String at, Integer weight) {
        if (weight == null || weight < Tailoring.MIN_WEIGHT || weight > Tailoring.MAX_WEIGHT) {
            throw new InvalidInputException(at + ".weight", "field '" + at + ".weight': " + weight
                    + " is out of range; allowed: " + Tailoring.MIN_WEIGHT + " to " + Tailoring.MAX_WEIGHT);
        }
    }

    private static void text(String at, Text text) {
        if (text == null || (blank(text.nl()) && blank(text.en()))) {
            throw new InvalidInputException(at, "field '" + at + "' is required, in 'nl', 'en' or both");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
