package nl.eisenwijzer.catalog;

import nl.eisenwijzer.input.WireEnum;

/** The four IEC 62443-4-2 component types; component-specific requirements name the ones they concern. */
public enum ComponentType implements WireEnum {
    SOFTWARE_APPLICATION("software-application"),
    EMBEDDED_DEVICE("embedded-device"),
    HOST_DEVICE("host-device"),
    NETWORK_DEVICE("network-device");

    private final String wire;

    ComponentType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The trait a purchase carries when it contains this kind of component. */
    public String trait() {
        return wire;
    }
}
