package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.Blocks.endTable;
import static nl.eisenwijzer.documents.Blocks.mark;
import static nl.eisenwijzer.documents.Blocks.reason;
import static nl.eisenwijzer.documents.Blocks.reasons;
import static nl.eisenwijzer.documents.Blocks.requirementCell;
import static nl.eisenwijzer.documents.Blocks.startTable;

import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.report.Labels;

/**
 * The gap report for print: a summary up front (each bidder's verdict, counts per status and knock-out gaps),
 * the ranking and the requirements × bidders matrix when bidders are compared, then per bidder on a new page its
 * suitability, the parties it relies on, warnings, every requirement with its status and reasons, and its roadmap
 * (with what is asked before the contract is signed).
 */
final class GapHtml implements GapTerms.Parts {

    private final Xhtml x;
    private final Language lang;

    private GapHtml(PrintDocument document) {
        this.x = document.body();
        this.lang = document.language();
    }

    static String render(GapReport report) {
        PrintDocument document = new PrintDocument(report.language(), Labels.GAP_REPORT, report.title(),
                report.referenceDate(), report.catalogVersion(), report.fingerprint(), GapTerms.facts(report));
        new GapHtml(document).write(report);
        return document.finish();
    }

    private void write(GapReport report) {
        String deprecated = Labels.deprecationNotice(report.deprecations(), lang);
        if (deprecated != null) {
            x.element("p", deprecated, "class", "notice");
        }
        x.element("h2", Labels.SUMMARY.in(lang));
        GapTerms.inOrder(report, this);
    }

    @Override
    public void summary(GapReport.SupplierReport s) {
        x.open("div", "class", "card");
        x.open("h3").text(GapTerms.bidder(s) + " ");
        mark(x, "verdict", s.verdict(), Labels.verdict(s.verdict(), lang));
        x.close();
        reasons(x, s.verdictReasons());
        counts(s.summary());
        if (!s.roadmap().knockOut().isEmpty()) {
            x.element("h4", GapTerms.counted(Labels.KNOCK_OUTS, s.roadmap().knockOut(), lang));
            startTable(x, "compact", GapTerms.knockOuts(lang));
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

    private void counts(Map<GapStatus, Integer> summary) {
        startTable(x, "compact counts", GapTerms.counts(summary, lang));
        Blocks.row(x, summary.values().stream().map(String::valueOf).toArray(String[]::new));
        endTable(x);
    }

    @Override
    public void ranking(List<GapReport.Rank> ranking) {
        x.element("h2", Labels.RANKING.in(lang));
        startTable(x, "ranking", GapTerms.ranking(lang));
        ranking.forEach(r -> {
            x.open("tr").element("td", Labels.rank(r.rank())).element("td", r.name()).open("td");
            mark(x, "verdict", r.verdict(), Labels.verdict(r.verdict(), lang));
            x.close().element("td", String.valueOf(r.knockOutGaps())).element("td", Labels.points(r.points(), lang)).close();
        });
        endTable(x);
    }

    @Override
    public void matrix(GapReport.Matrix matrix) {
        x.element("h2", Labels.MATRIX.in(lang));
        startTable(x, "compact matrix", GapTerms.matrix(matrix, lang));
        for (GapReport.Row row : matrix.rows()) {
            x.open("tr");
            requirementCell(x, GapTerms.matrixRequirement(row, lang), row.title());
            row.statuses().forEach(this::statusCell);
            x.close();
        }
        endTable(x);
        x.element("p", Labels.WISH_MARK.in(lang), "class", "note");
    }

    @Override
    public void bidder(GapReport.SupplierReport s) {
        x.open("section", "class", "bidder");
        x.open("h2").text(GapTerms.bidder(s) + " ");
        mark(x, "verdict", s.verdict(), Labels.verdict(s.verdict(), lang));
        x.close();

        x.element("h3", Labels.SUITABILITY.in(lang));
        startTable(x, "compact", GapTerms.suitability(lang));
        s.suitability().forEach(i -> {
            x.open("tr");
            requirementCell(x, i.requirement(), i.title());
            statusCell(i.status());
            x.element("td", GapTerms.orDash(i.threshold())).element("td", GapTerms.orDash(i.actual())).open("td");
            reasons(x, i.reasons());
            x.close().close();
        });
        endTable(x);

        if (!s.reliances().isEmpty()) {
            x.element("h3", Labels.RELIANCES.in(lang));
            startTable(x, "compact", GapTerms.reliances(lang));
            s.reliances().forEach(r -> {
                x.open("tr").element("td", r.party()).element("td", r.reliedOnFor().label().in(lang))
                        .element("td", r.requirement()).open("td");
                reason(x, r.rule(), r.explanation());
                x.close().close();
            });
            endTable(x);
        }

        if (!s.warnings().isEmpty()) {
            x.element("h3", Labels.WARNINGS.in(lang));
            startTable(x, "compact", GapTerms.warnings(lang));
            s.warnings().forEach(w -> {
                x.open("tr").element("td", w.date().toString()).element("td", w.subject()).open("td");
                reason(x, w.rule(), w.explanation());
                x.close().close();
            });
            endTable(x);
        }

        List<GapReport.Item> open = GapTerms.open(s);
        items(GapTerms.counted(Labels.OPEN_ITEMS, open, lang), open);
        List<GapReport.Item> settled = GapTerms.settled(s);
        items(GapTerms.counted(GapTerms.SETTLED, settled, lang), settled);
        roadmap(s.roadmap());
        x.close();
    }

    private void items(String heading, List<GapReport.Item> items) {
        x.element("h3", heading);
        if (items.isEmpty()) {
            return;
        }
        startTable(x, "compact", GapTerms.items(lang));
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
        if (!GapTerms.hasRoadmap(roadmap)) {
            return;
        }
        x.element("h3", Labels.ROADMAP.in(lang));
        if (roadmap.due() != null) {
            x.open("p").element("strong", GapTerms.ROADMAP_DUE.in(lang) + ": " + roadmap.due()).close();
            reasons(x, roadmap.dueReasons());
        }
        if (!roadmap.knockOut().isEmpty()) {
            x.element("h4", Labels.KNOCK_OUTS.in(lang));
            actions(roadmap.knockOut());
        }
        if (!roadmap.beforeSigning().isEmpty()) {
            x.element("h4", Labels.BEFORE_SIGNING.in(lang));
            actions(roadmap.beforeSigning());
        }
        for (GapReport.Phase phase : roadmap.phases()) {
            x.element("h4", Labels.PHASE.in(lang) + " " + phase.phase() + ": " + phase.label() + " ("
                    + Labels.MILESTONE.in(lang) + " " + phase.milestone() + ")");
            actions(phase.actions());
        }
    }

    private void actions(List<GapReport.Action> actions) {
        startTable(x, "compact", GapTerms.actions(lang));
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
}
