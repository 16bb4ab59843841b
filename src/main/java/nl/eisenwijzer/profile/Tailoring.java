package nl.eisenwijzer.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Text;

/**
 * The buyer's changes to the PvE the rules built, each on record with its reason: the rules in
 * {@code rules/pve/tailoring/} apply them after grouping, every tailored line says so in every format, and
 * the fingerprint covers them.
 *
 * @param exclude requirements or lines left out
 * @param kind lines asked as another kind (eis, wens or contractvoorwaarde)
 * @param text lines whose text the buyer replaces; the original text stays in the JSON
 * @param weight wishes that get another weight
 * @param add the buyer's own requirements
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"exclude", "kind", "text", "weight", "add"})
public record Tailoring(List<Exclusion> exclude, List<KindChange> kind, List<TextChange> text,
        List<WeightChange> weight, List<OwnRequirement> add) {

    /** An own requirement's id: a prefix of the buyer's choosing (capitals and digits), a dash, then the buyer's own numbering. */
    public static final java.util.regex.Pattern OWN_ID =
            java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{1,15}-[A-Za-z0-9][A-Za-z0-9.\\-]{0,30}");
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 10;
    /** The kinds tailoring may choose for a catalogue line: suitability is the tender's own section. */
    public static final List<String> CHANGEABLE_KINDS = List.of(nl.eisenwijzer.catalog.Kind.EIS.wire(),
            nl.eisenwijzer.catalog.Kind.WENS.wire(), nl.eisenwijzer.catalog.Kind.CONTRACTVOORWAARDE.wire());

    public Tailoring {
        // A null item stays, so that the reader can refuse it with the field name.
        exclude = copy(exclude);
        kind = copy(kind);
        text = copy(text);
        weight = copy(weight);
        add = copy(add);
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return exclude.isEmpty() && kind.isEmpty() && text.isEmpty() && weight.isEmpty() && add.isEmpty();
    }

    /** Leave out a line (and everything answered on it) or one requirement on a line. */
    @JsonPropertyOrder({"id", "justification"})
    public record Exclusion(String id, String justification) {
    }

    /** Ask a line as another kind. */
    @JsonPropertyOrder({"id", "kind", "justification"})
    public record KindChange(String id, Kind kind, String justification) {
    }

    /** Replace the text of a line, in Dutch and/or English; a language left out keeps the catalogue's text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "nl", "en", "justification"})
    public record TextChange(String id, String nl, String en, String justification) {
    }

    /** Give a wish another weight (1 to 10). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "weight", "justification"})
    public record WeightChange(String id, Integer weight, String justification) {
    }

    /**
     * The buyer's own requirement: an id with a prefix of the buyer's choosing, its kind, domain, title and
     * text (Dutch and/or English), and for a wish its weight.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "kind", "domain", "title", "text", "weight", "justification"})
    public record OwnRequirement(String id, Kind kind, String domain, Text title, Text text, Integer weight,
            String justification) {

        /** The id's prefix, which stands where a catalogue requirement names its framework (VLS for VLS-01). */
        public String prefix() {
            return id.substring(0, id.indexOf('-'));
        }
    }
}
