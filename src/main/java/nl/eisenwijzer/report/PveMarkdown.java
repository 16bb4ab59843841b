package nl.eisenwijzer.report;

import java.util.List;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.pve.Pve;

/**
 * The PvE as Markdown, readable as a draft annex to a tender: a header that pins catalogue and
 * fingerprint, a summary, one chapter per domain with each line's kind, text, sub-points and reasons, the
 * annexes of the declaration lines in full, the warnings on the buyer's tailoring, and what was left out.
 */
public final class PveMarkdown {

    private final Catalog catalog;

    public PveMarkdown(Catalog catalog) {
        this.catalog = catalog;
    }

    public String render(Pve pve) {
        Language lang = pve.language();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Labels.PVE_TITLE.in(lang)).append(": ").append(pve.title()).append("\n\n");
        if (pve.profile().organisation() != null) {
            md.append("- ").append(Labels.ORGANISATION.in(lang)).append(": ").append(pve.profile().organisation()).append('\n');
        }
        md.append("- ").append(Labels.REFERENCE_DATE.in(lang)).append(": ").append(pve.profile().referenceDate()).append('\n');
        md.append("- ").append(Labels.PRODUCT_TYPES.in(lang)).append(": ").append(pve.profile().productTypes().stream()
                .map(id -> catalog.productTypesById().get(id).label().in(lang)).collect(Collectors.joining(", "))).append('\n');
        md.append("- ").append(Labels.CATALOGUE.in(lang)).append(": ").append(pve.catalogVersion()).append('\n');
        md.append("- ").append(Labels.FINGERPRINT.in(lang)).append(": `").append(pve.fingerprint()).append("`\n\n");

        md.append("## ").append(Labels.SUMMARY.in(lang)).append("\n\n");
        md.append(Labels.pveSummary(catalog, pve)).append("\n\n");

        PveChapters chapters = PveChapters.of(pve);
        for (PveChapters.Chapter chapter : chapters.chapters()) {
            md.append("## ").append(chapter.number()).append(". ")
                    .append(catalog.domainsById().get(chapter.domain()).label().in(lang)).append("\n\n");
            chapter.lines().forEach(numbered -> requirement(md, pve, chapters, numbered));
        }
        for (LineFacts.Annexed annexed : LineFacts.annexed(pve, chapters)) {
            annex(md, chapters, annexed, lang);
        }
        if (!pve.warnings().isEmpty()) {
            md.append("## ").append(Labels.TAILORING_WARNINGS.in(lang)).append("\n\n");
            for (Pve.Warning warning : pve.warnings()) {
                md.append("- **").append(warning.line()).append("** (").append(warning.law()).append("): ")
                        .append(warning.explanation()).append(" (`").append(warning.rule()).append("`)\n");
            }
            md.append('\n');
        }
        if (!pve.excluded().isEmpty()) {
            md.append("## ").append(Labels.NOT_ASKED.in(lang)).append("\n\n");
            for (Pve.Exclusion exclusion : pve.excluded()) {
                md.append("- **").append(exclusion.id()).append("** ").append(exclusion.title()).append(": ")
                        .append(reasons(exclusion.reasons())).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    private void requirement(StringBuilder md, Pve pve, PveChapters chapters, PveChapters.NumberedLine numbered) {
        Pve.Line line = numbered.line();
        Language lang = pve.language();
        md.append("### ").append(numbered.number()).append(" ").append(line.id()).append(": ").append(line.title()).append("\n\n");
        md.append("**").append(Labels.kindWithWeight(line.kind(), line.weight(), lang)).append("**. ").append(line.text()).append("\n\n");
        if (!line.items().isEmpty()) {
            md.append(Labels.ITEMS.in(lang)).append(":\n\n");
            line.items().forEach(item -> md.append(item(item, "")));
            md.append('\n');
        }
        for (LineFacts fact : LineFacts.of(catalog, pve, chapters, line)) {
            if (fact.plain()) {
                md.append("- ").append(fact.label().in(lang)).append(": ").append(fact.value()).append('\n');
            } else {
                fact.reasons().forEach(reason -> md.append("- ").append(fact.label().in(lang)).append(": ")
                        .append(reasons(List.of(reason))).append('\n'));
            }
        }
        md.append('\n');
    }

    /** An annex in full: every requirement it holds, with its sub-points, as the bidder declares to meet them. */
    private static void annex(StringBuilder md, PveChapters chapters, LineFacts.Annexed annexed, Language lang) {
        md.append("## ").append(LineFacts.annexHeading(chapters, annexed.line().line(), annexed.annex(), lang)).append("\n\n");
        for (Pve.Annex.Entry entry : annexed.annex().entries()) {
            md.append("- **").append(entry.id()).append("** ").append(entry.title()).append(" (")
                    .append(Labels.strength(entry.strength(), lang)).append("): ").append(entry.text()).append('\n');
            entry.items().forEach(item -> md.append(item(item, "  ")));
        }
        md.append('\n');
    }

    private static String item(Pve.Item item, String indent) {
        return indent + "- **" + item.id() + "** " + item.title() + ": " + item.text() + "\n";
    }

    private static String reasons(List<Pve.Reason> reasons) {
        return reasons.stream().map(r -> r.explanation() + " (`" + r.rule() + "`)").collect(Collectors.joining(" "));
    }
}
