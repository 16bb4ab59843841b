package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.Blocks.endTable;
import static nl.eisenwijzer.documents.Blocks.mark;
import static nl.eisenwijzer.documents.Blocks.reason;
import static nl.eisenwijzer.documents.Blocks.reasons;
import static nl.eisenwijzer.documents.Blocks.requirementCell;
import static nl.eisenwijzer.documents.Blocks.row;
import static nl.eisenwijzer.documents.Blocks.startTable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.documents.Blocks.Column;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.natsec.Outcome;
import nl.eisenwijzer.natsec.Question;
import nl.eisenwijzer.report.Labels;

/**
 * The national-security report for print: the outcome and the party that sets it with the reasons, what is
 * missing for an outcome, the four answers (derived or confirmed, with justification and reasons), the chain with
 * each party's own test, the legal routes with their conditions, the chosen measures and the requirements they
 * add to the PvE, and the notice.
 */
final class NatsecHtml {

    private static final Text DECISIVE_PARTY = Text.of("Bepalende partij", "Decisive party");
    private static final Text LEVEL = Text.of("Niveau", "Level");
    private static final Text NAME = Text.of("Naam", "Name");
    private static final Text STATE_OWNED = Text.of("Staatsbedrijf", "State-owned");
    private static final Text ROUTE = Text.of("Route", "Route");
    private static final Text CONDITION = Text.of("Voorwaarde", "Condition");
    private static final Text AGAINST = Text.of("Tegen risico", "Against risk");
    private static final Text MEASURES = Text.of("Maatregelen", "Measures");
    private static final Text INTO_PVE = Text.of("Neem ze op in het PvE via het profielveld controlMeasures: ",
            "Put them in the PvE with the profile field controlMeasures: ");

    private final Xhtml x;
    private final Language lang;

    private NatsecHtml(PrintDocument document) {
        this.x = document.body();
        this.lang = document.language();
    }

    static String render(NatsecReport report) {
        PrintDocument document = new PrintDocument(report.language(), Labels.NATSEC_TEST, report.title(),
                report.referenceDate(), report.catalogVersion(), report.fingerprint(),
                List.of(new PrintDocument.Fact(Labels.BIDDER.in(report.language()), report.supplier())));
        new NatsecHtml(document).write(report);
        return document.finish();
    }

    private void write(NatsecReport report) {
        x.element("h2", Labels.OUTCOME.in(lang));
        x.open("div", "class", "card");
        x.open("p");
        mark(x, "outcome", report.outcome(), Labels.outcome(report.outcome(), lang));
        x.text(" " + DECISIVE_PARTY.in(lang) + ": ").element("strong", report.decisiveParty()).close();
        reasons(x, report.outcomeReasons());
        missing(report.missing());
        x.close();

        x.element("h2", Labels.FOUR_QUESTIONS.in(lang) + " \u2014 " + report.decisiveParty());
        questions(report.questions());

        x.element("h2", Labels.CHAIN.in(lang));
        startTable(x, "compact", new Column(Labels.PARTY.in(lang), 30), new Column(Labels.ROLE.in(lang), 17),
                new Column(Labels.COUNTRY.in(lang), 15), new Column(Labels.ACCESS.in(lang), 20), new Column(Labels.OUTCOME.in(lang), 18));
        report.chain().forEach(p -> {
            x.open("tr").element("td", p.name()).element("td", p.role().label().in(lang)).element("td", p.countryName())
                    .element("td", String.join(", ", p.access().stream().map(NatsecReport.Access::access).toList()));
            outcomeCell(p.outcome());
            x.close();
        });
        endTable(x);
        report.chain().forEach(this::party);

        x.element("h2", Labels.LEGAL_ROUTE.in(lang));
        startTable(x, "compact", new Column(Labels.PARTY.in(lang), 22), new Column(ROUTE.in(lang), 26), new Column(CONDITION.in(lang), 52));
        report.legalRoutes().forEach(r -> {
            x.open("tr").element("td", r.party()).open("td").text(Labels.route(r.route(), lang) + " ")
                    .element("span", "(" + r.route() + ")", "class", "rule").close().open("td");
            reason(x, r.rule(), r.condition());
            x.close().close();
        });
        endTable(x);

        measures(report);
        x.element("div", report.notice(), "class", "notice");
    }

    private void missing(List<Question> missing) {
        if (missing.isEmpty()) {
            return;
        }
        x.element("h4", Labels.NEEDED_FOR_OUTCOME.in(lang));
        x.open("ul");
        missing.forEach(q -> x.open("li").element("strong", q.wire().toUpperCase(Locale.ROOT)).text(" " + q.text().in(lang)).close());
        x.close();
    }

    /** Each answer with its basis: a confirmed answer shows what the rules derived beside it. */
    private void questions(Map<String, NatsecReport.QuestionAnswer> questions) {
        questions.forEach((key, q) -> {
            x.open("div", "class", "question").open("p").element("strong", key.toUpperCase(Locale.ROOT) + " ");
            mark(x, "answer", Labels.answer(q.answer(), lang));
            x.text(" ");
            mark(x, "basis", q.basis(), Labels.basis(q, lang));
            x.close();
            x.element("p", q.question(), "class", "note");
            if (q.justification() != null) {
                x.open("p").element("strong", Labels.JUSTIFICATION.in(lang) + ": ").text(q.justification()).close();
            }
            reasons(x, q.reasons());
            x.close();
        });
    }

    private void party(NatsecReport.Party p) {
        x.open("h3").text(p.name() + " (" + p.role().label().in(lang) + ", " + p.countryName() + ") ");
        if (p.outcome() != null) {
            mark(x, "outcome", p.outcome(), Labels.outcome(p.outcome(), lang));
        }
        x.close();
        if (p.description() != null) {
            x.element("p", p.description(), "class", "note");
        }
        if (p.assessment() != null) {
            reasons(x, List.of(p.assessment()));
        }
        if (!p.access().isEmpty()) {
            startTable(x, "compact", new Column(Labels.ACCESS.in(lang), 30), new Column(Labels.WHY.in(lang), 70));
            p.access().forEach(a -> row(x, a.access(), a.because()));
            endTable(x);
        }
        if (!p.ownership().isEmpty()) {
            startTable(x, "compact", new Column(Labels.CONTROL.in(lang) + ": " + LEVEL.in(lang), 18), new Column(NAME.in(lang), 47),
                    new Column(Labels.COUNTRY.in(lang), 15), new Column(STATE_OWNED.in(lang), 20));
            p.ownership().forEach(o -> row(x, String.valueOf(o.level()), o.name(), o.country(), Labels.answer(o.stateOwned(), lang)));
            endTable(x);
        }
        if (!p.assessed()) {
            return;
        }
        questions(p.questions());
        if (!p.risks().isEmpty()) {
            startTable(x, "compact", new Column(Labels.RISK.in(lang), 25), new Column(Labels.WHY.in(lang), 50),
                    new Column(Labels.COVERED_BY.in(lang), 25));
            p.risks().forEach(r -> {
                x.open("tr").element("td", r.label()).open("td");
                reasons(x, r.reasons());
                x.close().element("td", r.coveredBy().isEmpty() ? "\u2014" : String.join(", ", r.coveredBy())).close();
            });
            endTable(x);
        }
        x.open("p");
        mark(x, "outcome", p.outcome(), Labels.outcome(p.outcome(), lang));
        x.close();
        reasons(x, p.outcomeReasons());
        missing(p.missing());
    }

    private void measures(NatsecReport report) {
        x.element("h2", Labels.MEASURES_AND_REQUIREMENTS.in(lang));
        x.element("p", Labels.REALISABLE.in(lang) + ": " + (report.realisableMeasures() == null ? Labels.NOT_STATED.in(lang)
                : report.realisableMeasures().isEmpty() ? "\u2014" : String.join(", ", report.realisableMeasures())));
        if (report.chosenMeasures().isEmpty()) {
            x.element("p", Labels.NO_MEASURES_CHOSEN.in(lang));
            return;
        }
        startTable(x, "compact", new Column(Labels.MEASURE.in(lang), 34), new Column(AGAINST.in(lang), 22),
                new Column(Labels.WHY.in(lang), 44));
        report.chosenMeasures().forEach(c -> {
            x.open("tr");
            requirementCell(x, c.measure(), c.title());
            x.element("td", String.join(", ", c.against())).open("td");
            reasons(x, c.reasons());
            x.close().close();
        });
        endTable(x);
        if (report.addedRequirements().isEmpty()) {
            return;
        }
        startTable(x, "compact", new Column(Labels.REQUIREMENT.in(lang), 30), new Column(Labels.STRENGTH.in(lang), 14),
                new Column(MEASURES.in(lang), 20), new Column(Labels.WHY.in(lang), 36));
        report.addedRequirements().forEach(r -> {
            x.open("tr");
            requirementCell(x, r.requirement(), r.title());
            x.open("td");
            x.text(Labels.strength(r.strength(), lang));
            x.close().element("td", String.join(", ", r.measures())).open("td");
            reasons(x, r.reasons());
            x.close().close();
        });
        endTable(x);
        x.element("p", INTO_PVE.in(lang) + String.join(", ", report.chosenMeasures().stream().map(NatsecReport.Chosen::measure).toList())
                + ".", "class", "note");
    }

    private void outcomeCell(Outcome outcome) {
        x.open("td");
        if (outcome == null) {
            x.text(Labels.NOT_ASSESSED.in(lang));
        } else {
            mark(x, "outcome", outcome, Labels.outcome(outcome, lang));
        }
        x.close();
    }
}
