package nl.eisenwijzer.catalog;

import java.util.List;

/**
 * The catalogue's data for the national-security test: countries, the risks the rules can find, and the
 * control measures a buyer can impose. Empty for older catalogues read from a git ref.
 */
public record NatsecData(List<Country> countries, List<NatsecRisk> risks, List<ControlMeasure> measures) {

    public static final NatsecData NONE = new NatsecData(List.of(), List.of(), List.of());

    public NatsecData {
        countries = List.copyOf(countries);
        risks = List.copyOf(risks);
        measures = List.copyOf(measures);
    }
}
