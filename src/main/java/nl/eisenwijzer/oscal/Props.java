package nl.eisenwijzer.oscal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.oscal.OscalModel.Prop;

/** Collects the properties of one OSCAL object in order, leaving out those that have no value. */
final class Props {

    private final List<Prop> props = new ArrayList<>();

    /** The OSCAL {@code label}: the identifier as people know it. */
    Props label(String value) {
        props.add(Prop.oscal("label", value));
        return this;
    }

    /** A property in Eisenwijzer's namespace; an enum is written as in Eisenwijzer's JSON. */
    Props add(String name, Object value) {
        if (value instanceof WireEnum wire) {
            props.add(Prop.of(name, wire.wire()));
        } else if (value != null && !value.toString().isBlank()) {
            props.add(Prop.of(name, value.toString()));
        }
        return this;
    }

    /** One property of this name per value. */
    Props addEach(String name, Collection<?> values) {
        values.forEach(value -> add(name, value));
        return this;
    }

    List<Prop> list() {
        return List.copyOf(props);
    }
}
