package nl.eisenwijzer.natsec;

import java.util.Collection;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.CountryAssessment;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.input.WireEnum;

/** Wording shared by the rules in {@code rules/natsec/}, so every reason names parties and sources alike. */
public final class NatsecText {

    private NatsecText() {
    }

    public static String wires(Collection<? extends WireEnum> values) {
        return values.stream().map(WireEnum::wire).collect(Collectors.joining(", "));
    }

    /** "X" for the party itself, "Y, which controls X (2 levels up)" for a member of its chain of control. */
    public static Text who(ChainMember member) {
        if (member.level() == 0) {
            return Text.both(member.name());
        }
        return Text.of(
                member.name() + " (zeggenschap over " + member.entity() + ", " + member.level() + " niveau" + (member.level() > 1 ? "s" : "") + " hoger)",
                member.name() + " (controls " + member.entity() + ", " + member.level() + " level" + (member.level() > 1 ? "s" : "") + " up)");
    }

    /** Where an organisation's country assessment comes from: "source, assessed on date". */
    public static String source(CountryAssessment assessment) {
        return assessment.source() + ", " + assessment.assessedOn();
    }
}
