package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.Blocks.endTable;
import static nl.eisenwijzer.documents.Blocks.mark;
import static nl.eisenwijzer.documents.Blocks.reason;
import static nl.eisenwijzer.documents.Blocks.reasons;
import static nl.eisenwijzer.documents.Blocks.requirementCell;
import static nl.eisenwijzer.documents.Blocks.startTable;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.documents.Blocks.Column;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.report.Labels;

/**
 * The gap report for print: a summary up front (each bidder's verdict, counts per status and knock-out gaps),
 * the ranking and the requirements × bidders matrix when bidders are compared, then per bidder on a new page its
 * suitability, warnings, every requirement with its status and reasons, and its roadmap.
 */
final class GapHtml {

    private static final Text STATUS = Text.of("Status", "Status");
    private static final Text SETTLED = Text.of("Aangetoond of afwijking aanvaard", "Met or waived");
    private static final Text DATE = Text.of("Datum", "Date");
    private static final Text SUBJECT = Text.of("Onderwerp", "Subject");
    private static final Text EXPLANATION = Text.of("Toelichting", "Explanation");
    private static final Text ROADMAP_DUE = Text.of("Roadmap uiterlijk", "Roadmap due");
    private static final Text OPEN_KNOCK_OUTS = Text.of("Open knock-outs", "Open knock-outs");

    private final Xhtml x;
    private final Language lang;

    private GapHtml(PrintDocument document) {
        this.x = document.body();
        this.lang = document.language();
    }

    static String render(GapReport report) {
        List<PrintDocument.Fact> facts = List.of(
                new PrintDocument.Fact(Labels.CONTRACT.in(report.language()), report.contractStart()
                        + (report.contractEnd() == null ? "" : " \u2013 " + report.contractEnd())),
                new PrintDocument.Fact("PvE", Labels.pveCounts(report.pve(), report.language())));
        PrintDocument document = new PrintDocument(report.language(), Labels.GAP_REPORT, report.title(),
                report.referenceDate(), report.catalogVersion(), report.fingerprint(), facts);
        new GapHtml(document).write(report);
        return document.finish();
    }

    private void write(GapReport report) {
        x.element("h2", Labels.SUMMARY.in(lang));
        report.suppliers().forEach(this::summary);
        if (report.ranking() != null) {
            ranking(report.ranking());
        }
        if (report.matrix() != null) {
            matrix(report.matrix());
        }
        report.suppliers().forEach(this::bidder);
    }

    private void summary(GapReport.SupplierReport s) {
        x.open("div", "class", "card");
        x.open("h3").text(s.name() + " (" + s.country() + ") ");
        mark(x, "verdict", s.verdict(), Labels.verdict(s.verdict(), lang));
        x.close();
        reasons(x, s.verdictReasons());
        counts(s.summary());
        if (!s.roadmap().knockOut().isEmpty()) {
            x.element("h4", Labels.KNOCK_OUTS.in(lang) + " (" + s.roadmap().knockOut().size() + ")");
            startTable(x, "compact", new Column(Labels.REQUIREMENT.in(lang), 78), new Column(STATUS.in(lang), 22));
            s.roadmap().knockOut().forEach(a -> {
                x.open("tr");
                requirementCell(x, a.requirement(), a.title());
                statusCell(a.status());
                x.close();
            });
            endTable(x);
        }
        x.close();
    }

    /** One column per status, zeros too, so bidders' summaries line up. */
    private void counts(Map<GapStatus, Integer> summary) {
        Column[] columns = summary.keySet().stream()
                .map(status -> new Column(Labels.statusShort(status, lang), 100 / summary.size())).toArray(Column[]::new);
        startTable(x, "compact counts", columns);
        Blocks.row(x, summary.values().stream().map(String::valueOf).toArray(String[]::new));
        endTable(x);
    }

    private void ranking(List<GapReport.Rank> ranking) {
        x.element("h2", Labels.RANKING.in(lang));
        startTable(x, "ranking", new Column("#", 6), new Column(Labels.BIDDER.in(lang), 42),
                new Column(Labels.VERDICT.in(lang), 20), new Column(OPEN_KNOCK_OUTS.in(lang), 16),
                new Column(Labels.SCORE.in(lang), 16));
        ranking.forEach(r -> {
            x.open("tr").element("td", String.valueOf(r.rank())).element("td", r.name()).open("td");
            mark(x, "verdict", r.verdict(), Labels.verdict(r.verdict(), lang));
            x.close().element("td", String.valueOf(r.knockOutGaps())).element("td", String.valueOf(r.score())).close();
        });
        endTable(x);
    }

    private void matrix(GapReport.Matrix matrix) {
        x.element("h2", Labels.MATRIX.in(lang));
        // The bidders share 60% of the width; the requirement column takes the rest.
        int bidderWidth = 60 / matrix.bidders().size();
        Column[] columns = Stream.concat(Stream.of(new Column(Labels.REQUIREMENT.in(lang), 100 - bidderWidth * matrix.bidders().size())),
                matrix.bidders().stream().map(b -> new Column(b, bidderWidth))).toArray(Column[]::new);
        startTable(x, "compact matrix", columns);
        for (GapReport.Row row : matrix.rows()) {
            x.open("tr");
            requirementCell(x, row.requirement() + (row.kind().knockOut() ? "" : " (" + Labels.kindShort(row.kind(), lang) + ")"), row.title());
            row.statuses().forEach(this::statusCell);
            x.close();
        }
        endTable(x);
        x.element("p", Labels.WISH_MARK.in(lang), "class", "note");
    }

    private void bidder(GapReport.SupplierReport s) {
        x.open("section", "class", "bidder");
        x.open("h2").text(s.name() + " (" + s.country() + ") ");
        mark(x, "verdict", s.verdict(), Labels.verdict(s.verdict(), lang));
        x.close();

        x.element("h3", Labels.SUITABILITY.in(lang));
        startTable(x, "compact", new Column(Labels.REQUIREMENT.in(lang), 20), new Column(STATUS.in(lang), 13),
                new Column(Labels.THRESHOLD.in(lang), 20), new Column(Labels.ACTUAL.in(lang), 17), new Column(Labels.WHY.in(lang), 30));
        s.suitability().forEach(i -> {
            x.open("tr");
            requirementCell(x, i.requirement(), i.title());
            statusCell(i.status());
            x.element("td", orDash(i.threshold())).element("td", orDash(i.actual())).open("td");
            reasons(x, i.reasons());
            x.close().close();
        });
        endTable(x);

        if (!s.warnings().isEmpty()) {
            x.element("h3", Labels.WARNINGS.in(lang));
            startTable(x, "compact", new Column(DATE.in(lang), 14), new Column(SUBJECT.in(lang), 16), new Column(EXPLANATION.in(lang), 70));
            s.warnings().forEach(w -> {
                x.open("tr").element("td", w.date().toString()).element("td", w.subject()).open("td");
                reason(x, w.rule(), w.explanation());
                x.close().close();
            });
            endTable(x);
        }

        List<GapReport.Item> open = Stream.concat(s.items().stream(), s.suitability().stream())
                .filter(i -> !i.status().settled()).toList();
        items(Labels.OPEN_ITEMS.in(lang) + " (" + open.size() + ")", open);
        items(SETTLED.in(lang) + " (" + s.items().stream().filter(i -> i.status().settled()).count() + ")",
                s.items().stream().filter(i -> i.status().settled()).toList());
        roadmap(s.roadmap());
        x.close();
    }

    /** Requirements with kind, status and every reason. */
    private void items(String heading, List<GapReport.Item> items) {
        x.element("h3", heading);
        if (items.isEmpty()) {
            return;
        }
        startTable(x, "compact", new Column(Labels.REQUIREMENT.in(lang), 30), new Column(STATUS.in(lang), 14),
                new Column(Labels.WHY.in(lang), 56));
        items.forEach(i -> {
            x.open("tr").open("td").element("strong", i.requirement(), "class", "id").text(" " + i.title() + " ")
                    .element("span", "(" + Labels.kindShort(i.kind(), lang) + ")", "class", "note").close();
            statusCell(i.status());
            x.open("td");
            reasons(x, i.reasons());
            x.close().close();
        });
        endTable(x);
    }

    private void roadmap(GapReport.Roadmap roadmap) {
        if (roadmap.due() == null && roadmap.knockOut().isEmpty()) {
            return;
        }
        x.element("h3", Labels.ROADMAP.in(lang));
        if (roadmap.due() != null) {
            x.open("p").element("strong", ROADMAP_DUE.in(lang) + ": " + roadmap.due()).close();
            reasons(x, roadmap.dueReasons());
        }
        if (!roadmap.knockOut().isEmpty()) {
            x.element("h4", Labels.KNOCK_OUTS.in(lang));
            actions(roadmap.knockOut());
        }
        for (GapReport.Phase phase : roadmap.phases()) {
            x.element("h4", Labels.PHASE.in(lang) + " " + phase.phase() + ": " + phase.label() + " ("
                    + Labels.MILESTONE.in(lang) + " " + phase.milestone() + ")");
            actions(phase.actions());
        }
    }

    private void actions(List<GapReport.Action> actions) {
        startTable(x, "compact", new Column(Labels.REQUIREMENT.in(lang), 32), new Column(STATUS.in(lang), 14),
                new Column(EXPLANATION.in(lang), 54));
        actions.forEach(a -> {
            x.open("tr");
            requirementCell(x, a.requirement(), a.title());
            statusCell(a.status());
            x.open("td");
            reason(x, a.rule(), a.explanation());
            x.close().close();
        });
        endTable(x);
    }

    private void statusCell(GapStatus status) {
        x.open("td");
        mark(x, "status", status, Labels.statusShort(status, lang));
        x.close();
    }

    private static String orDash(String value) {
        return value == null ? "\u2014" : value;
    }
}
