package nl.eisenwijzer.web;

import java.util.Map;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.NatsecRisk;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.natsec.Outcome;
import nl.eisenwijzer.natsec.RouteKind;
import nl.eisenwijzer.report.Labels;

/**
 * The words the printed national-security report uses (report/Labels) for a page in the same language, so that
 * screen and paper name an outcome, a legal route or an answer alike; and the catalogue's label for a risk the
 * report names by its id.
 */
record ReportWords(Language language, Map<String, Text> risks) {

    static ReportWords of(Catalog catalog, Language language) {
        return new ReportWords(language, catalog.natsec().risks().stream()
                .collect(Collectors.toMap(NatsecRisk::id, NatsecRisk::label)));
    }

    /** A party's outcome; "not assessed" for a party the test lists without testing it. */
    public String outcome(Outcome outcome) {
        return outcome == null ? Labels.NOT_ASSESSED.in(language) : Labels.outcome(outcome, language);
    }

    public String route(RouteKind route) {
        return Labels.route(route, language);
    }

    /** Yes, no or unknown. */
    public String answer(nl.eisenwijzer.catalog.Tri answer) {
        return Labels.answer(answer, language);
    }

    /** Where an answer comes from: derived, or confirmed by a person with what the rules derived beside it. */
    public String basis(NatsecReport.QuestionAnswer answer) {
        return Labels.basis(answer, language);
    }

    /** What a chosen measure is against, as the report lists it ("party: risk-id"), with the risk's label. */
    public String against(String against) {
        int colon = against.lastIndexOf(": ");
        Text risk = colon < 0 ? null : risks.get(against.substring(colon + 2));
        return risk == null ? against : against.substring(0, colon + 2) + risk.in(language);
    }
}
