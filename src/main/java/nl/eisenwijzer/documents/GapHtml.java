package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.Blocks.endTable;
import static nl.eisenwijzer.documents.Blocks.mark;
import static nl.eisenwijzer.documents.Blocks.reason;
import static nl.eisenwijzer.documents.Blocks.requirementCell;
import static nl.eisenwijzer.documents.Blocks.startTable;

import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.GapSections;
import nl.eisenwijzer.report.Labels;

/**
 * The gap report for print, in the order of {@link GapSections}: the summary on the first pages, the award decision's
 * text blocks from a new page, then the annexes, each from a new page and each bidder of the last one on a page of its
 * own. The PDF's outline lists the sections and, under them, the bidders.
 */
final class GapHtml implements GapSections.Parts {

    private final Xhtml x;
    private final Language lang;
    /** Whether the section just opened has nothing in it yet, so that its first bidder needs no page of its own. */
    private boolean sectionStart;
    /** Whether the summary is being written: its lists are set smaller, so that it stays a few pages. */
    private boolean summary;

    private GapHtml(PrintDocument document) {
        this.x = document.body();
        this.lang = document.language();
    }

    static String render(GapReport report) {
        List<PrintDocument.Bookmark> bookmarks = GapSections.outline(report).stream()
                .map(s -> new PrintDocument.Bookmark(s.heading(), s.anchor(), s.entries().stream()
                        .map(e -> new PrintDocument.Bookmark(e.title(), e.anchor(), List.of())).toList()))
                .toList();
        PrintDocument document = document(report, bookmarks);
        GapSections.write(report, new GapHtml(document));
        return document.finish();
    }

    /** The title block and the summary alone, as they start the full report: how long the summary is. */
    static String summary(GapReport report) {
        GapSections.Section summary = GapSections.outline(report).get(0);
        PrintDocument document = document(report, List.of(new PrintDocument.Bookmark(summary.heading(), summary.anchor(), List.of())));
        GapSections.writeSummary(report, new GapHtml(document));
        return document.finish();
    }

    private static PrintDocument document(GapReport report, List<PrintDocument.Bookmark> bookmarks) {
        return new PrintDocument(report.language(), Labels.GAP_REPORT, report.title(), report.referenceDate(),
                report.catalogVersion(), report.fingerprint(), GapTerms.facts(report), bookmarks);
    }

    @Override
    public void section(GapSections.Section section) {
        x.element("h2", section.heading(), "id", section.anchor(), "class", section.newPage() ? "section new-page" : "section");
        sectionStart = true;
        summary = !section.newPage();
    }

    @Override
    public void heading(String text) {
        x.element("h3", text);
    }

    @Override
    public void paragraph(String text) {
        if (summary) {
            x.element("p", text, "class", "line");
        } else {
            x.element("p", text);
        }
    }

    @Override
    public void notice(String text) {
        x.element("p", text, "class", "notice");
    }

    @Override
    public void reasons(List<Pve.Reason> list) {
        Blocks.reasons(x, list, summary ? "reasons small" : "reasons");
    }

    @Override
    public void advice(String label, String sentence) {
        x.open("p", "class", "advice").element("strong", label + ": ").text(sentence).close();
    }

    @Override
    public void ranking(GapSections.Ranking ranking) {
        startTable(x, "compact ranking", GapTerms.ranking(ranking, lang));
        for (GapSections.RankRow row : ranking.rows()) {
            boolean excluded = row.verdict() == Verdict.EXCLUDED;
            x.open("tr", "class", excluded ? "excluded" : "admissible").element("td", row.place()).open("td").text(row.bidder());
            if (excluded) {
                x.text(" ");
                mark(x, "verdict", row.verdict(), Labels.verdict(row.verdict(), lang));
            }
            x.close();
            if (ranking.prices()) {
                x.element("td", row.price(), "class", "num");
            }
            row.points().forEach(p -> x.element("td", p, "class", "num"));
            x.close();
        }
        endTable(x);
        x.element("p", ranking.note(), "class", "note");
    }

    @Override
    public void verdicts(List<GapSections.VerdictLine> verdicts) {
        verdicts.forEach(v -> {
            x.open("p", "class", "line").element("strong", v.bidder()).text(" ");
            mark(x, "verdict", v.verdict(), Labels.verdict(v.verdict(), lang));
            x.text(" " + v.sentence()).close();
        });
    }

    @Override
    public void decisiveGaps(List<GapSections.GapLine> gaps, List<String> notes) {
        startTable(x, "compact", GapTerms.decisiveGaps(lang));
        gaps.forEach(g -> {
            x.open("tr", "class", g.bidder() == null ? "continued" : "first").open("td");
            if (g.bidder() != null) {
                x.element("strong", g.bidder());
            }
            x.close();
            requirementCell(x, g.item().requirement(), g.item().title());
            statusCell(g.item().status());
            x.open("td");
            Blocks.reasons(x, g.reasons());
            if (g.more() != null) {
                x.element("span", g.more(), "class", "note");
            }
            x.close().close();
        });
        endTable(x);
        notes.forEach(n -> x.element("p", n, "class", "note"));
    }

    @Override
    public void listed(List<GapSections.Listed> lists) {
        lists.forEach(l -> x.open("p", "class", "line").element("strong", String.join(", ", l.bidders()))
                .text(" (" + l.count() + "): " + l.text()).close());
    }

    @Override
    public void openItems(List<GapReport.Item> items) {
        startTable(x, "compact", GapTerms.openItems(lang));
        items.forEach(i -> {
            x.open("tr").open("td").element("strong", i.requirement(), "class", "id").text(" " + i.title() + " ")
                    .element("span", "(" + Labels.kindShort(i.kind(), lang) + ")", "class", "note").close();
            statusCell(i.status());
            x.close();
        });
        endTable(x);
    }

    @Override
    public void letter(GapSections.Letter letter) {
        x.open("div", "class", "letter");
        x.open("h3", "id", letter.anchor()).text(letter.bidder() + " ");
        mark(x, "letter", letter.outcome(), letter.outcomeLabel());
        x.close();
        letter.opening().forEach(this::paragraph);
        if (letter.advantagesLead() != null) {
            paragraph(letter.advantagesLead());
        }
        if (!letter.advantages().isEmpty()) {
            startTable(x, "compact", GapTerms.advantages(lang));
            letter.advantages().forEach(a -> Blocks.row(x, a.criterion(), a.winnerPoints(), a.points(), a.motivation()));
            endTable(x);
        }
        Blocks.reasons(x, letter.reasons());
        letter.closing().forEach(this::paragraph);
        x.close();
    }

    @Override
    public void criteria(List<GapSections.CriterionRow> criteria, List<GapSections.ScaleRow> scale) {
        startTable(x, "compact", GapTerms.criteria(lang));
        criteria.forEach(c -> Blocks.row(x, c.id(), c.name(), c.kind(), c.maximum()));
        endTable(x);
        if (!scale.isEmpty()) {
            startTable(x, "compact", GapTerms.scale(lang));
            scale.forEach(s -> Blocks.row(x, s.rating(), s.share()));
            endTable(x);
        }
    }

    @Override
    public void scores(GapSections.BidScores bid) {
        x.element("h3", bid.heading(), "id", bid.anchor());
        startTable(x, "compact", GapTerms.scores(lang));
        bid.rows().forEach(r -> {
            x.open("tr").element("td", r.criterion()).element("td", r.points(), "class", "num")
                    .element("td", GapSections.orDash(r.rating())).open("td");
            Blocks.reasons(x, List.of(r.how()));
            if (r.motivation() != null) {
                x.element("p", r.motivation(), "class", "motivation");
            }
            x.close().close();
        });
        endTable(x);
        Blocks.reasons(x, bid.reasons());
    }

    @Override
    public void matrix(GapReport.Matrix matrix) {
        startTable(x, "compact matrix", GapTerms.matrix(matrix, lang));
        for (GapReport.Row row : matrix.rows()) {
            x.open("tr");
            requirementCell(x, GapSections.matrixRequirement(row, lang), row.title());
            row.statuses().forEach(this::statusCell);
            x.close();
        }
        endTable(x);
        x.element("p", Labels.WISH_MARK.in(lang), "class", "note");
    }

    @Override
    public void bidder(String anchor, GapReport.SupplierReport s) {
        x.open("section", "class", sectionStart ? "bidder" : "bidder new-page");
        sectionStart = false;
        x.open("h3", "id", anchor).text(GapSections.bidder(s) + " ");
        mark(x, "verdict", s.verdict(), Labels.verdict(s.verdict(), lang));
        x.close();
        Blocks.reasons(x, s.verdictReasons());
        counts(s.summary());

        x.element("h4", Labels.SUITABILITY.in(lang));
        startTable(x, "compact", GapTerms.suitability(lang));
        s.suitability().forEach(i -> {
            x.open("tr");
            requirementCell(x, i.requirement(), i.title());
            statusCell(i.status());
            x.element("td", GapSections.orDash(i.threshold())).element("td", GapSections.orDash(i.actual())).open("td");
            Blocks.reasons(x, i.reasons());
            x.close().close();
        });
        endTable(x);

        if (!s.reliances().isEmpty()) {
            x.element("h4", Labels.RELIANCES.in(lang));
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
            x.element("h4", Labels.WARNINGS.in(lang));
            startTable(x, "compact", GapTerms.warnings(lang));
            s.warnings().forEach(w -> {
                x.open("tr").element("td", w.date().toString()).element("td", w.subject()).open("td");
                reason(x, w.rule(), w.explanation());
                x.close().close();
            });
            endTable(x);
        }

        List<GapReport.Item> open = GapSections.open(s);
        items(GapSections.counted(Labels.OPEN_ITEMS, open, lang), open);
        List<GapReport.Item> settled = GapSections.settled(s);
        items(GapSections.counted(GapSections.SETTLED, settled, lang), settled);
        roadmap(s.roadmap());
        x.close();
    }

    private void counts(Map<GapStatus, Integer> summary) {
        startTable(x, "compact counts", GapTerms.counts(summary, lang));
        Blocks.row(x, summary.values().stream().map(String::valueOf).toArray(String[]::new));
        endTable(x);
    }

    private void items(String heading, List<GapReport.Item> items) {
        x.element("h4", heading);
        if (items.isEmpty()) {
            return;
        }
        startTable(x, "compact", GapTerms.items(lang));
        items.forEach(i -> {
            x.open("tr").open("td").element("strong", i.requirement(), "class", "id").text(" " + i.title() + " ")
                    .element("span", "(" + Labels.kindShort(i.kind(), lang) + ")", "class", "note").close();
            statusCell(i.status());
            x.open("td");
            Blocks.reasons(x, i.reasons());
            x.close().close();
        });
        endTable(x);
    }

    private void roadmap(GapReport.Roadmap roadmap) {
        if (!GapTerms.hasRoadmap(roadmap)) {
            return;
        }
        x.element("h4", Labels.ROADMAP.in(lang));
        if (roadmap.due() != null) {
            x.open("p").element("strong", GapSections.ROADMAP_DUE.in(lang) + ": " + roadmap.due()).close();
            Blocks.reasons(x, roadmap.dueReasons());
        }
        if (!roadmap.knockOut().isEmpty()) {
            x.element("h5", Labels.KNOCK_OUTS.in(lang));
            actions(roadmap.knockOut());
        }
        if (!roadmap.beforeSigning().isEmpty()) {
            x.element("h5", Labels.BEFORE_SIGNING.in(lang));
            actions(roadmap.beforeSigning());
        }
        for (GapReport.Phase phase : roadmap.phases()) {
            x.element("h5", Labels.PHASE.in(lang) + " " + phase.phase() + ": " + phase.label() + " ("
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
