package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.ControlMeasure;
import nl.eisenwijzer.catalog.NatsecData;
import nl.eisenwijzer.catalog.NatsecRisk;
import nl.eisenwijzer.catalog.Source;
import nl.eisenwijzer.catalog.Text;

/**
 * A control measure a buyer can impose after the national-security test (question 3B): what it is, the risks it
 * counters (with their labels, so a client can show why one would choose it) and the catalogue requirements it
 * adds to the PvE as binding lines when chosen.
 */
@JsonPropertyOrder({"id", "title", "description", "risks", "requirements", "source"})
@Schema(requiredProperties = {"id", "title", "description", "risks", "requirements", "source"})
record MeasureItem(String id, Text title, Text description, List<NatsecRisk> risks, List<String> requirements,
        Source source) {

    /** Every measure of the catalogue, in its order. */
    static List<MeasureItem> all(NatsecData natsec) {
        Map<String, NatsecRisk> risks = natsec.risks().stream()
                .collect(Collectors.toMap(NatsecRisk::id, Function.identity()));
        return natsec.measures().stream().map(measure -> of(measure, risks)).toList();
    }

    private static MeasureItem of(ControlMeasure measure, Map<String, NatsecRisk> risks) {
        // The catalogue refuses to load a measure naming a risk it does not have, so every lookup finds one.
        return new MeasureItem(measure.id(), measure.title(), measure.description(),
                measure.risks().stream().map(risks::get).toList(), measure.requirements(), measure.source());
    }
}
