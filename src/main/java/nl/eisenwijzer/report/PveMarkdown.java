package nl.eisenwijzer.report;

import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.pve.Pve;

/**
 * The PvE as Markdown, readable as a draft annex to a tender: a header that pins catalogue and
 * fingerprint, a summary, one chapter per domain, and every reason under its requirement.
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

        for (PveChapters.Chapter chapter : PveChapters.of(pve).chapters()) {
            md.append("## ").append(chapter.number()).append(". ")
                    .append(catalog.domainsById().get(chapter.domain()).label().in(lang)).append("\n\n");
            chapter.lines().forEach(numbered -> requirement(md, numbered.number(), numbered.line(), lang));
        }
        if (!pve.excluded().isEmpty()) {
            md.append("## ").append(Labels.NOT_ASKED.in(lang)).append("\n\n");
            for (Pve.Exclusion exclusion : pve.excluded()) {
                md.append("- **").append(exclusion.id()).append("** ").append(exclusion.title()).append(": ")
                        .append(exclusion.reasons().stream().map(r -> r.explanation() + " (`" + r.rule() + "`)")
                                .collect(Collectors.joining(" ")))
                        .append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    private void requirement(StringBuilder md, String number, Pve.Line line, Language lang) {
        md.append("### ").append(number).append(" ").append(line.id()).append(": ").append(line.title()).append("\n\n");
        md.append("**").append(Labels.obligation(line.obligation(), lang)).append("**. ").append(line.text()).append("\n\n");
        if (!line.evidence().isEmpty()) {
            md.append("- ").append(Labels.EVIDENCE.in(lang)).append(": ").append(line.evidence().stream()
                    .map(id -> Labels.evidence(catalog, id, lang)).collect(Collectors.joining("; "))).append('\n');
        }
        if (line.satisfies().size() > 1) {
            md.append("- ").append(Labels.SATISFIES.in(lang)).append(": ")
                    .append(String.join(", ", line.satisfies())).append('\n');
        }
        if (!line.mapsTo().isEmpty()) {
            md.append("- ").append(Labels.RELATED.in(lang)).append(": ").append(String.join(", ", line.mapsTo())).append('\n');
        }
        for (Pve.Reason reason : line.reasons()) {
            md.append("- ").append(Labels.WHY.in(lang)).append(": ").append(reason.explanation())
                    .append(" (`").append(reason.rule()).append("`)\n");
        }
        for (Pve.Reason reason : line.obligationReasons()) {
            md.append("- ").append(Labels.OBLIGATION.in(lang)).append(": ").append(reason.explanation())
                    .append(" (`").append(reason.rule()).append("`)\n");
        }
        for (Pve.Reason reason : line.mergeReasons()) {
            md.append("- ").append(Labels.MERGED.in(lang)).append(": ").append(reason.explanation())
                    .append(" (`").append(reason.rule()).append("`)\n");
        }
        md.append('\n');
    }
}
