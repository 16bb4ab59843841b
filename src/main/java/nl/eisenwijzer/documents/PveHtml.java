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
import nl.eisenwijzer.report.PveChapters;

/**
 * The PvE for print, as a tender annex: title block, summary with a table of contents, one chapter per domain
 * with each line's obligation, text, evidence and reasons, and the annex of requirements selected but not asked.
 */
final class PveHtml {

    private static final Text CONTENTS = Text.of("Inhoud", "Contents");
    private static final Text CHAPTER = Text.of("Hoofdstuk", "Chapter");
    private static final Text LINES = Text.of("Regels", "Lines");

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
        startTable(x, "compact", new Column(CHAPTER.in(lang), 80), new Column(LINES.in(lang), 20));
        chapters.chapters().forEach(c -> Blocks.row(x, c.number() + ". " + domain(c), String.valueOf(c.lines().size())));
        endTable(x);

        for (PveChapters.Chapter chapter : chapters.chapters()) {
            x.element("h2", chapter.number() + ". " + domain(chapter));
            chapter.lines().forEach(numbered -> line(numbered.number(), numbered.line()));
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

    private void line(String number, Pve.Line line) {
        x.open("div", "class", "requirement");
        x.open("h3").element("span", number + " ", "class", "number").text(line.id() + ": " + line.title() + " ");
        mark(x, "obligation", line.obligation(), Labels.obligation(line.obligation(), lang));
        x.close();
        x.element("p", line.text());
        x.open("table", "class", "facts").open("tbody");
        if (!line.evidence().isEmpty()) {
            fact(Labels.EVIDENCE, line.evidence().stream().map(id -> Labels.evidence(catalog, id, lang)).collect(Collectors.joining("; ")));
        }
        if (line.satisfies().size() > 1) {
            fact(Labels.SATISFIES, String.join(", ", line.satisfies()));
        }
        if (!line.mapsTo().isEmpty()) {
            fact(Labels.RELATED, String.join(", ", line.mapsTo()));
        }
        reasonsFact(Labels.WHY, line.reasons());
        reasonsFact(Labels.OBLIGATION, line.obligationReasons());
        reasonsFact(Labels.MERGED, line.mergeReasons());
        x.close().close();
        x.close();
    }

    private void fact(Text label, String value) {
        x.open("tr").element("td", label.in(lang), "class", "label").element("td", value).close();
    }

    private void reasonsFact(Text label, List<Pve.Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        x.open("tr").element("td", label.in(lang), "class", "label").open("td");
        reasons(x, reasons);
        x.close().close();
    }

    private String domain(PveChapters.Chapter chapter) {
        return catalog.domainsById().get(chapter.domain()).label().in(lang);
    }
}
