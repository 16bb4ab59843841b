package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.Blocks.endTable;
import static nl.eisenwijzer.documents.Blocks.mark;
import static nl.eisenwijzer.documents.Blocks.reasons;
import static nl.eisenwijzer.documents.Blocks.requirementCell;
import static nl.eisenwijzer.documents.Blocks.startTable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.documents.Blocks.Column;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.Labels;
import nl.eisenwijzer.report.LineFacts;
import nl.eisenwijzer.report.PveChapters;

/**
 * The PvE for print, as a tender annex: title block, summary with a table of contents, one chapter per domain
 * with each line's kind, text, sub-points, evidence and reasons, the annexes of the declaration lines in full,
 * the warnings on the buyer's tailoring, and the requirements selected but not asked.
 */
final class PveHtml {

    private static final Text CONTENTS = Text.of("Inhoud", "Contents");
    private static final Text CHAPTER = Text.of("Hoofdstuk", "Chapter");

    private final Catalog catalog;
    private final Xhtml x;
    private final Language lang;

    private PveHtml(Catalog catalog, PrintDocument document) {
        this.catalog = catalog;
        this.x = document.body();
        this.lang = document.language();
    }

    static String render(Catalog catalog, Pve pve) {
        Language lang = pve.language();
        List<PrintDocument.Fact> facts = new ArrayList<>();
        if (pve.profile().organisation() != null) {
            facts.add(new PrintDocument.Fact(Labels.ORGANISATION.in(lang), pve.profile().organisation()));
        }
        facts.add(new PrintDocument.Fact(Labels.PRODUCT_TYPES.in(lang), pve.profile().productTypes().stream()
                .map(id -> catalog.productTypesById().get(id).label().in(lang)).collect(Collectors.joining(", "))));
        PrintDocument document = new PrintDocument(lang, Labels.PVE_TITLE, pve.title(), pve.profile().referenceDate(),
                pve.catalogVersion(), pve.fingerprint(), facts);
        new PveHtml(catalog, document).write(pve);
        return document.finish();
    }

    private void write(Pve pve) {
        PveChapters chapters = PveChapters.of(pve);
        x.element("h2", Labels.SUMMARY.in(lang));
        x.element("p", Labels.pveSummary(catalog, pve));
        x.element("h3", CONTENTS.in(lang));
        startTable(x, "compact", new Column(CHAPTER.in(lang), 80), new Column(Labels.LINES.in(lang), 20));
        chapters.chapters().forEach(c -> Blocks.row(x, c.number() + ". " + domain(c), String.valueOf(c.lines().size())));
        endTable(x);

        for (PveChapters.Chapter chapter : chapters.chapters()) {
            x.element("h2", chapter.number() + ". " + domain(chapter));
            chapter.lines().forEach(numbered -> line(pve, chapters, numbered));
        }
        for (LineFacts.Annexed annexed : LineFacts.annexed(pve, chapters)) {
            annex(chapters, annexed);
        }
        if (!pve.warnings().isEmpty()) {
            x.element("h2", Labels.TAILORING_WARNINGS.in(lang));
            startTable(x, "compact", new Column(Labels.REQUIREMENT.in(lang), 30), new Column(Labels.WHY.in(lang), 70));
            pve.warnings().forEach(w -> {
                x.open("tr");
                requirementCell(x, w.line(), w.law());
                x.open("td");
                Blocks.reason(x, w.rule(), w.explanation());
                x.close().close();
            });
            endTable(x);
        }
        if (!pve.excluded().isEmpty()) {
            x.element("h2", Labels.NOT_ASKED.in(lang));
            startTable(x, "compact", new Column(Labels.REQUIREMENT.in(lang), 40), new Column(Labels.WHY.in(lang), 60));
            pve.excluded().forEach(e -> {
                x.open("tr");
                requirementCell(x, e.id(), e.title());
                x.open("td");
                reasons(x, e.reasons());
                x.close().close();
            });
            endTable(x);
        }
    }

    private void line(Pve pve, PveChapters chapters, PveChapters.NumberedLine numbered) {
        Pve.Line line = numbered.line();
        // A line with sub-points can be longer than a page: it may break, its heading stays with its text.
        x.open("div", "class", line.items().isEmpty() ? "requirement" : "requirement with-items");
        x.open("h3").element("span", numbered.number() + " ", "class", "number").text(line.id() + ": " + line.title() + " ");
        mark(x, "line-kind", line.kind(), Labels.kindWithWeight(line.kind(), line.weight(), lang));
        x.close();
        x.element("p", line.text());
        if (!line.items().isEmpty()) {
            items(line.items());
        }
        x.open("table", "class", "facts").open("tbody");
        for (LineFacts fact : LineFacts.of(catalog, pve, chapters, line)) {
            x.open("tr").element("td", fact.label().in(lang), "class", "label");
            if (fact.plain()) {
                x.element("td", fact.value());
            } else {
                x.open("td");
                reasons(x, fact.reasons());
                x.close();
            }
            x.close();
        }
        x.close().close();
        x.close();
    }

    /** The sub-points of a line or an annex entry, each with its id, title and text. */
    private void items(List<Pve.Item> items) {
        x.open("ol", "class", "items");
        items.forEach(item -> x.open("li").element("strong", item.id(), "class", "id").text(" " + item.title() + ": " + item.text())
                .close());
        x.close();
    }

    /** An annex in full: the requirements the declaration line makes applicable, with their sub-points. */
    private void annex(PveChapters chapters, LineFacts.Annexed annexed) {
        x.element("h2", LineFacts.annexHeading(chapters, annexed.line().line(), annexed.annex(), lang), "class", "annex");
        startTable(x, "compact", new Column(Labels.REQUIREMENT.in(lang), 30), new Column(Labels.TEXT.in(lang), 70));
        for (Pve.Annex.Entry entry : annexed.annex().entries()) {
            x.open("tr");
            requirementCell(x, entry.id(), entry.title() + " (" + Labels.strength(entry.strength(), lang) + ")");
            x.open("td").text(entry.text());
            if (!entry.items().isEmpty()) {
                items(entry.items());
            }
            x.close().close();
        }
        endTable(x);
    }

    private String domain(PveChapters.Chapter chapter) {
        return catalog.domainsById().get(chapter.domain()).label().in(lang);
    }
}
