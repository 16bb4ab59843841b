package nl.eisenwijzer.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.eisenwijzer.catalog.CatalogLoader.At;

/**
 * Checks the national-security data: ISO country codes, the two facts present, an organisation's
 * assessment only with its source and date, and measures that name known risks and requirements.
 */
final class NatsecValidation {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final CatalogLoader loader;
    private final List<String> problems;

    NatsecValidation(CatalogLoader loader, List<String> problems) {
        this.loader = loader;
        this.problems = problems;
    }

    void validate(List<At<Country>> countries, List<At<NatsecRisk>> risks, List<At<ControlMeasure>> measures,
            Set<String> requirementIds) {
        loader.ids(countries, Country::code);
        for (At<Country> entry : countries) {
            Country c = entry.value();
            String where = entry.where() + "country " + c.code() + ": ";
            if (c.code() != null && !ISO_COUNTRIES.contains(c.code())) {
                problems.add(where + "not an ISO 3166-1 alpha-2 code in capitals");
            }
            loader.bilingual(entry.file(), entry.line(), c.name(), "country " + c.code() + ": name");
            if (c.euMember() == null) {
                problems.add(where + "field 'euMember' is required (true or false)");
            }
            if (c.gpaParty() == null) {
                problems.add(where + "field 'gpaParty' is required (true or false)");
            }
            if (Boolean.TRUE.equals(c.euMember()) && Boolean.FALSE.equals(c.gpaParty())) {
                problems.add(where + "an EU member state is a GPA party through the EU; set gpaParty: true");
            }
            assessment(where, "cooperationObligationLaw", c.cooperationObligationLaw());
            assessment(where, "offensiveProgrammeAgainstNL", c.offensiveProgrammeAgainstNL());
        }
        Set<String> riskIds = loader.ids(risks, NatsecRisk::id);
        risks.forEach(r -> {
            loader.bilingual(r.file(), r.line(), r.value().label(), "risk " + r.value().id() + ": label");
            loader.bilingual(r.file(), r.line(), r.value().description(), "risk " + r.value().id() + ": description");
        });
        loader.ids(measures, ControlMeasure::id);
        for (At<ControlMeasure> entry : measures) {
            ControlMeasure m = entry.value();
            String where = entry.where() + "measure " + m.id() + ": ";
            loader.bilingual(entry.file(), entry.line(), m.title(), "measure " + m.id() + ": title");
            loader.bilingual(entry.file(), entry.line(), m.description(), "measure " + m.id() + ": description");
            if (m.risks().isEmpty()) {
                problems.add(where + "field 'risks' needs at least one risk it addresses");
            }
            m.risks().stream().filter(r -> !riskIds.contains(r)).forEach(r -> problems.add(where + "risk '" + r
                    + "' is unknown; allowed: " + String.join(", ", new TreeSet<>(riskIds))));
            if (m.requirements().isEmpty()) {
                problems.add(where + "field 'requirements' needs at least one requirement the measure adds to the PvE");
            }
            m.requirements().stream().filter(r -> !requirementIds.contains(r))
                    .forEach(r -> problems.add(where + "requirement '" + r + "' is not in the catalogue"));
            if (m.source() == null || m.source().document() == null || m.source().document().isBlank()) {
                problems.add(where + "field 'source.document' is required: say where the measure comes from");
            }
        }
    }

    /** Unknown needs nothing; true or false is the organisation's claim, so it must say on what and when. */
    private void assessment(String where, String field, CountryAssessment assessment) {
        if (assessment.value() == Tri.UNKNOWN) {
            return;
        }
        if (assessment.source() == null || assessment.source().isBlank()) {
            problems.add(where + "field '" + field + ".source' is required when the value is " + assessment.value().wire()
                    + ": name the source of the assessment (for instance an AIVD or MIVD annual report)");
        }
        if (assessment.assessedOn() == null) {
            problems.add(where + "field '" + field + ".assessedOn' is required when the value is "
                    + assessment.value().wire() + " (YYYY-MM-DD)");
        }
    }
}
