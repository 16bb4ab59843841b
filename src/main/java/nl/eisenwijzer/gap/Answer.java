package nl.eisenwijzer.gap;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.input.WireEnum;

/**
 * The bidder's answer to a PvE requirement. The codes are words that every YAML reader and JSON keep as text:
 * the first codes, {@code yes} and {@code no}, are booleans to a YAML 1.1 reader (PyYAML and most tools), so a
 * dossier that went through such a tool arrived as {@code "answer": true}. API v1 still reads the first codes
 * as deprecated aliases, and every use gets a deprecation notice in the report; API v2 will not read them.
 */
public enum Answer implements WireEnum {
    COMPLIES("complies", "yes"),
    PARTIALLY_COMPLIES("partially-complies", "partial"),
    DOES_NOT_COMPLY("does-not-comply", "no"),
    NOT_APPLICABLE("not-applicable", null);

    private final String wire;
    private final String deprecatedAlias;

    Answer(String wire, String deprecatedAlias) {
        this.wire = wire;
        this.deprecatedAlias = deprecatedAlias;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The first code for this answer, still read in API v1 but not offered; {@code null} when it had none other. */
    public String deprecatedAlias() {
        return deprecatedAlias;
    }

    /** The deprecated aliases, in the order of the answers; read, never written or offered. */
    public static List<String> deprecatedAliases() {
        return Arrays.stream(values()).map(Answer::deprecatedAlias).filter(Objects::nonNull).toList();
    }

    /**
     * The answer a code stands for: a current code or a deprecated alias, written exactly as listed.
     *
     * @return {@code null} for any other text
     */
    public static Answer ofCode(String code) {
        for (Answer answer : values()) {
            if (answer.wire.equals(code) || code != null && code.equals(answer.deprecatedAlias)) {
                return answer;
            }
        }
        return null;
    }

    /**
     * Why the answer to {@code requirement}, given as this answer's deprecated alias, gets a deprecation notice.
     * {@code yes} and {@code no} are booleans to a YAML 1.1 reader; {@code partial} was replaced with them, so
     * that the codes read as one set.
     */
    public Text deprecation(String requirement) {
        if (deprecatedAlias == null) {
            throw new IllegalStateException(wire + " has no deprecated alias");
        }
        String given = "'" + deprecatedAlias + "'";
        String use = "'" + wire + "'";
        Text why = this == PARTIALLY_COMPLIES
                ? Text.of("Die is vervangen samen met 'yes' en 'no', waar een YAML 1.1-lezer (zoals PyYAML) de "
                                + "waarheidswaarden true en false van maakt.",
                        "It was replaced together with 'yes' and 'no', which a YAML 1.1 reader (such as PyYAML) turns "
                                + "into the booleans true and false.")
                : Text.of("Een YAML 1.1-lezer (zoals PyYAML) maakt daar de waarheidswaarde " + yaml11Boolean() + " van, en "
                                + "die weigert de API.",
                        "A YAML 1.1 reader (such as PyYAML) turns it into the boolean " + yaml11Boolean() + ", which the API "
                                + "refuses.");
        return Text.of("Het antwoord op " + requirement + " gebruikt de verouderde code " + given + ". ",
                        "The answer to " + requirement + " uses the deprecated code " + given + ". ")
                .append(why)
                .append(" Gebruik " + use + "; API v2 aanvaardt " + given + " niet meer.",
                        " Use " + use + "; API v2 will no longer accept " + given + ".");
    }

    /** What a YAML 1.1 reader makes of this answer's alias {@code yes} or {@code no}. */
    private String yaml11Boolean() {
        return this == COMPLIES ? "true" : "false";
    }
}
