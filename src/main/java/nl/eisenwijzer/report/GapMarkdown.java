package nl.eisenwijzer.report;

import java.util.List;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.pve.Pve;

/**
 * The gap report as Markdown for the buyer's evaluation file: the header that pins PvE and dossiers, the
 * ranking and matrix when bidders are compared, then per bidder the verdict, the knock-out gaps, suitability
 * with threshold and actual value, the parties relied on, warnings, every open requirement with its reasons, what is
 * asked before the contract is signed, and the roadmap.
 */
public final class GapMarkdown {

    private final Catalog catalog;

    public GapMarkdown(Catalog catalog) {
        this.catalog = catalog;
    }

    public String render(GapReport report) {
        Language lang = report.language();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Labels.GAP_REPORT.in(lang)).append(": ").append(report.title()).append("\n\n");
        md.append("- ").append(Labels.REFERENCE_DATE.in(lang)).append(": ").append(report.referenceDate()).append('\n');
        md.append("- ").append(Labels.CONTRACT.in(lang)).append(": ").append(report.contractStart())
                .append(report.contractEnd() == null ? "" : " – " + report.contractEnd()).append('\n');
        md.append("- ").append(Text.of("PvE", "PvE").in(lang)).append(": ").append(Labels.pveCounts(report.pve(), lang)).append('\n');
        md.append("- ").append(Labels.CATALOGUE.in(lang)).append(": ").append(report.catalogVersion()).append('\n');
        md.append("- ").append(Labels.FINGERPRINT.in(lang)).append(": `").append(report.fingerprint()).append("`\n\n");
        String deprecated = Labels.deprecationNotice(report.deprecations(), lang);
        if (deprecated != null) {
            md.append("> ").append(deprecated).append("\n\n");
        }

        if (report.ranking() != null) {
            md.append("## ").append(Labels.RANKING.in(lang)).append("\n\n");
            md.append(Text.of("| # | Inschrijver | Oordeel | Open knock-outs | Punten |\n",
                    "| # | Bidder | Verdict | Open knock-outs | Points |\n").in(lang));
            md.append("|---|---|---|---|---|\n");
            report.ranking().forEach(r -> md.append("| ").append(Labels.rank(r.rank())).append(" | ").append(Labels.cell(r.name())).append(" | ")
                    .append(Labels.verdict(r.verdict(), lang)).append(" | ").append(r.knockOutGaps()).append(" | ")
                    .append(Labels.points(r.points(), lang)).append(" |\n"));
            md.append('\n');
        } else {
            GapReport.SupplierReport only = report.suppliers().get(0);
            md.append("## ").append(Labels.SUMMARY.in(lang)).append("\n\n**").append(Labels.verdict(only.verdict(), lang))
                    .append("** — ").append(Labels.cell(only.name())).append("\n\n");
        }

        for (GapReport.SupplierReport supplier : report.suppliers()) {
            supplier(md, supplier, lang);
        }
        if (report.matrix() != null) {
            matrix(md, report.matrix(), lang);
        }
        return md.toString();
    }

    private void supplier(StringBuilder md, GapReport.SupplierReport s, Language lang) {
        md.append("## ").append(s.name()).append(" (").append(s.country()).append("): ")
                .append(Labels.verdict(s.verdict(), lang)).append("\n\n");
        s.verdictReasons().forEach(r -> md.append("- ").append(r.explanation()).append(" _(").append(r.rule()).append(")_\n"));
        md.append('\n');
        StringBuilder counts = new StringBuilder();
        s.summary().forEach((status, count) -> {
            if (count > 0) {
                counts.append(counts.isEmpty() ? "" : ", ").append(Labels.status(status, lang)).append(": ").append(count);
            }
        });
        md.append(Text.of("Per status: ", "Per status: ").in(lang)).append(counts).append("\n\n");

        if (!s.roadmap().knockOut().isEmpty()) {
            md.append("### ").append(Labels.KNOCK_OUTS.in(lang)).append("\n\n");
            s.roadmap().knockOut().forEach(a -> md.append("- **").append(a.requirement()).append("** ").append(a.title())
                    .append(" — ").append(Labels.status(a.status(), lang)).append('\n'));
            md.append('\n');
        }

        md.append("### ").append(Labels.SUITABILITY.in(lang)).append("\n\n");
        md.append(Text.of("| Eis | Status | Drempel | Feitelijk |\n", "| Requirement | Status | Threshold | Actual |\n").in(lang));
        md.append("|---|---|---|---|\n");
        s.suitability().forEach(i -> md.append("| ").append(i.requirement()).append(" ").append(Labels.cell(i.title())).append(" | ")
                .append(Labels.status(i.status(), lang)).append(" | ").append(Labels.cell(orDash(i.threshold()))).append(" | ")
                .append(Labels.cell(orDash(i.actual()))).append(" |\n"));
        md.append('\n');

        if (!s.reliances().isEmpty()) {
            md.append("### ").append(Labels.RELIANCES.in(lang)).append("\n\n");
            s.reliances().forEach(r -> md.append("- **").append(r.party()).append("** (").append(r.reliedOnFor().label().in(lang))
                    .append(", ").append(r.requirement()).append("): ").append(r.explanation()).append(" _(").append(r.rule())
                    .append(")_\n"));
            md.append('\n');
        }

        if (!s.warnings().isEmpty()) {
            md.append("### ").append(Labels.WARNINGS.in(lang)).append("\n\n");
            s.warnings().forEach(w -> md.append("- ").append(w.date()).append(": ").append(w.explanation())
                    .append(" _(").append(w.rule()).append(")_\n"));
            md.append('\n');
        }

        List<GapReport.Item> open = java.util.stream.Stream.concat(s.items().stream(), s.suitability().stream())
                .filter(i -> !i.status().settled()).toList();
        md.append("### ").append(Labels.OPEN_ITEMS.in(lang)).append(" (").append(open.size()).append(")\n\n");
        for (GapReport.Item item : open) {
            md.append("- **").append(item.requirement()).append("** ").append(item.title()).append(" — ")
                    .append(Labels.status(item.status(), lang)).append(", ").append(Labels.kindShort(item.kind(), lang)).append('\n');
            for (Pve.Reason reason : item.reasons()) {
                md.append("  - ").append(reason.explanation()).append(" _(").append(reason.rule()).append(")_\n");
            }
        }
        md.append('\n');

        GapReport.Roadmap roadmap = s.roadmap();
        if (!roadmap.beforeSigning().isEmpty()) {
            md.append("### ").append(Labels.BEFORE_SIGNING.in(lang)).append("\n\n");
            roadmap.beforeSigning().forEach(a -> md.append("- **").append(a.requirement()).append("** ").append(a.title())
                    .append(": ").append(a.explanation()).append(" _(").append(a.rule()).append(")_\n"));
            md.append('\n');
        }
        if (roadmap.due() != null) {
            md.append("### ").append(Labels.ROADMAP.in(lang)).append("\n\n");
            roadmap.dueReasons().forEach(r -> md.append(r.explanation()).append(" **").append(roadmap.due()).append("**\n\n"));
            for (GapReport.Phase phase : roadmap.phases()) {
                md.append("#### ").append(Labels.PHASE.in(lang)).append(' ').append(phase.phase()).append(": ").append(phase.label())
                        .append(" (").append(Labels.MILESTONE.in(lang)).append(' ').append(phase.milestone()).append(")\n\n");
                phase.actions().forEach(a -> md.append("- **").append(a.requirement()).append("** ").append(a.title())
                        .append(": ").append(a.explanation()).append('\n'));
                md.append('\n');
            }
        }
    }

    private void matrix(StringBuilder md, GapReport.Matrix matrix, Language lang) {
        md.append("## ").append(Labels.MATRIX.in(lang)).append("\n\n| ")
                .append(Labels.REQUIREMENT.in(lang)).append(" | ");
        matrix.bidders().forEach(b -> md.append(Labels.cell(b)).append(" | "));
        md.append("\n|---|");
        matrix.bidders().forEach(b -> md.append("---|"));
        md.append('\n');
        for (GapReport.Row row : matrix.rows()) {
            md.append("| ").append(row.requirement()).append(row.kind().knockOut() ? "" : " (" + Labels.kindShort(row.kind(), lang) + ")")
                    .append(" | ");
            row.statuses().forEach(status -> md.append(Labels.status(status, lang)).append(" | "));
            md.append('\n');
        }
        md.append('\n').append(Labels.WISH_MARK.in(lang)).append('\n');
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

}
