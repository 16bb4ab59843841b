package nl.eisenwijzer.report;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.pve.Pve;

/**
 * The gap report as Markdown for the buyer's evaluation file, in the order of {@link GapSections}: the header that pins
 * PvE and dossiers, the summary (award advice, ranking, one verdict line per bidder, decisive gaps, open contract
 * conditions, shortlist and draw), the award decision's text blocks, then the annexes: the scoring, the matrix, and each
 * bidder in full (suitability with threshold and actual value, warnings, every open requirement with its reasons, the
 * roadmap).
 */
public final class GapMarkdown {

    public GapMarkdown(Catalog catalog) {
        // The gap report carries every label it shows; the catalogue is not needed, but the constructor matches the others.
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
        GapSections.write(report, new Writer(md, lang));
        return md.toString();
    }

    /** The parts as Markdown: sections at level 2, their headings at 3, a bidder's subsections at 4. */
    private static final class Writer implements GapSections.Parts {

        private final StringBuilder md;
        private final Language lang;

        Writer(StringBuilder md, Language lang) {
            this.md = md;
            this.lang = lang;
        }

        @Override
        public void section(GapSections.Section section) {
            md.append("## ").append(section.heading()).append("\n\n");
        }

        @Override
        public void heading(String text) {
            md.append("### ").append(text).append("\n\n");
        }

        @Override
        public void paragraph(String text) {
            md.append(text).append("\n\n");
        }

        @Override
        public void notice(String text) {
            md.append("> ").append(text).append("\n\n");
        }

        @Override
        public void reasons(List<Pve.Reason> reasons) {
            if (reasons.isEmpty()) {
                return;
            }
            reasons.forEach(r -> md.append("- ").append(reason(r)).append('\n'));
            md.append('\n');
        }

        @Override
        public void advice(String label, String sentence) {
            md.append("**").append(label).append(":** ").append(sentence).append("\n\n");
        }

        @Override
        public void ranking(GapSections.Ranking ranking) {
            List<String> header = Stream.of(Stream.of("#", Labels.BIDDER.in(lang)),
                    ranking.prices() ? Stream.of(GapSections.BID_PRICE.in(lang)) : Stream.<String>empty(),
                    ranking.criteria().stream(), Stream.of(GapSections.TOTAL.in(lang))).flatMap(s -> s).toList();
            header(header);
            ranking.rows().forEach(r -> {
                String bidder = Labels.cell(r.bidder()) + (r.verdict() == Verdict.EXCLUDED
                        ? " (" + Labels.verdict(r.verdict(), lang) + ")" : "");
                row(Stream.of(Stream.of(r.place(), bidder), ranking.prices() ? Stream.of(r.price()) : Stream.<String>empty(),
                        r.points().stream()).flatMap(s -> s).toList());
            });
            md.append('\n').append(ranking.note()).append("\n\n");
        }

        @Override
        public void verdicts(List<GapSections.VerdictLine> verdicts) {
            verdicts.forEach(v -> md.append("- **").append(v.bidder()).append("** (").append(Labels.verdict(v.verdict(), lang))
                    .append("): ").append(v.sentence()).append('\n'));
            md.append('\n');
        }

        @Override
        public void decisiveGaps(List<GapSections.GapLine> gaps, List<String> notes) {
            header(List.of(Labels.BIDDER.in(lang), Labels.REQUIREMENT.in(lang), GapSections.STATUS.in(lang), Labels.WHY.in(lang)));
            gaps.forEach(g -> row(List.of(g.bidder() == null ? "" : Labels.cell(g.bidder()),
                    g.item().requirement() + " " + Labels.cell(g.item().title()), Labels.status(g.item().status(), lang),
                    Stream.concat(g.reasons().stream().map(r -> Labels.cell(reason(r))), Stream.ofNullable(g.more()))
                            .collect(Collectors.joining("<br>")))));
            md.append('\n');
            notes.forEach(n -> md.append(n).append("\n\n"));
        }

        @Override
        public void listed(List<GapSections.Listed> lists) {
            lists.forEach(l -> md.append("- **").append(String.join(", ", l.bidders())).append("** (").append(l.count()).append("): ").append(l.text())
                    .append('\n'));
            md.append('\n');
        }

        @Override
        public void openItems(List<GapReport.Item> items) {
            items.forEach(i -> md.append("- **").append(i.requirement()).append("** ").append(i.title()).append(" — ")
                    .append(Labels.status(i.status(), lang)).append(", ").append(Labels.kindShort(i.kind(), lang)).append('\n'));
            md.append('\n');
        }

        @Override
        public void letter(GapSections.Letter letter) {
            md.append("### ").append(letter.bidder()).append(": ").append(letter.outcomeLabel()).append("\n\n");
            letter.opening().forEach(this::paragraph);
            if (letter.advantagesLead() != null) {
                paragraph(letter.advantagesLead());
            }
            if (!letter.advantages().isEmpty()) {
                header(List.of(GapSections.CRITERION.in(lang), GapSections.WINNING_BID.in(lang), GapSections.YOUR_BID.in(lang),
                        GapSections.WINNERS_MOTIVATION.in(lang)));
                letter.advantages().forEach(a -> row(List.of(a.criterion(), a.winnerPoints(), a.points(), Labels.cell(a.motivation()))));
                md.append('\n');
            }
            reasons(letter.reasons());
            letter.closing().forEach(this::paragraph);
        }

        @Override
        public void criteria(List<GapSections.CriterionRow> criteria, List<GapSections.ScaleRow> scale) {
            header(List.of("Id", GapSections.CRITERION.in(lang), Labels.KIND.in(lang), GapSections.MAXIMUM.in(lang)));
            criteria.forEach(c -> row(List.of(c.id(), Labels.cell(c.name()), c.kind(), c.maximum())));
            md.append('\n');
            if (!scale.isEmpty()) {
                header(List.of(GapSections.RATING.in(lang), GapSections.SHARE.in(lang)));
                scale.forEach(s -> row(List.of(Labels.cell(s.rating()), s.share())));
                md.append('\n');
            }
        }

        @Override
        public void scores(GapSections.BidScores bid) {
            heading(bid.heading());
            header(List.of(GapSections.CRITERION.in(lang), Labels.POINTS.in(lang), GapSections.RATING.in(lang),
                    GapSections.EXPLANATION.in(lang)));
            bid.rows().forEach(r -> row(List.of(Labels.cell(r.criterion()), r.points(), GapSections.orDash(r.rating()),
                    Labels.cell(reason(r.how()) + (r.motivation() == null ? "" : " " + r.motivation())))));
            md.append('\n');
            reasons(bid.reasons());
        }

        @Override
        public void matrix(GapReport.Matrix matrix) {
            header(Stream.concat(Stream.of(Labels.REQUIREMENT.in(lang)), matrix.bidders().stream().map(Labels::cell)).toList());
            for (GapReport.Row row : matrix.rows()) {
                row(Stream.concat(Stream.of(GapSections.matrixRequirement(row, lang)),
                        row.statuses().stream().map(status -> Labels.status(status, lang))).toList());
            }
            md.append('\n').append(Labels.WISH_MARK.in(lang)).append("\n\n");
        }

        @Override
        public void bidder(String anchor, GapReport.SupplierReport s) {
            md.append("### ").append(GapSections.bidder(s)).append(": ").append(Labels.verdict(s.verdict(), lang)).append("\n\n");
            reasons(s.verdictReasons());
            String counts = s.summary().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> Labels.status(e.getKey(), lang) + ": " + e.getValue()).collect(Collectors.joining(", "));
            md.append(Text.of("Per status: ", "Per status: ").in(lang)).append(counts).append("\n\n");

            md.append("#### ").append(Labels.SUITABILITY.in(lang)).append("\n\n");
            header(List.of(Labels.REQUIREMENT.in(lang), GapSections.STATUS.in(lang), Labels.THRESHOLD.in(lang), Labels.ACTUAL.in(lang)));
            s.suitability().forEach(i -> row(List.of(i.requirement() + " " + Labels.cell(i.title()), Labels.status(i.status(), lang),
                    Labels.cell(GapSections.orDash(i.threshold())), Labels.cell(GapSections.orDash(i.actual())))));
            md.append('\n');

            if (!s.reliances().isEmpty()) {
                md.append("#### ").append(Labels.RELIANCES.in(lang)).append("\n\n");
                s.reliances().forEach(r -> md.append("- **").append(r.party()).append("** (").append(r.reliedOnFor().label().in(lang))
                        .append(", ").append(r.requirement()).append("): ").append(r.explanation()).append(" _(").append(r.rule())
                        .append(")_\n"));
                md.append('\n');
            }

            if (!s.warnings().isEmpty()) {
                md.append("#### ").append(Labels.WARNINGS.in(lang)).append("\n\n");
                s.warnings().forEach(w -> md.append("- ").append(w.date()).append(": ").append(w.explanation())
                        .append(" _(").append(w.rule()).append(")_\n"));
                md.append('\n');
            }

            List<GapReport.Item> open = GapSections.open(s);
            md.append("#### ").append(GapSections.counted(Labels.OPEN_ITEMS, open, lang)).append("\n\n");
            for (GapReport.Item item : open) {
                md.append("- **").append(item.requirement()).append("** ").append(item.title()).append(" — ")
                        .append(Labels.status(item.status(), lang)).append(", ").append(Labels.kindShort(item.kind(), lang)).append('\n');
                item.reasons().forEach(r -> md.append("  - ").append(reason(r)).append('\n'));
            }
            md.append('\n');

            GapReport.Roadmap roadmap = s.roadmap();
            if (!roadmap.beforeSigning().isEmpty()) {
                md.append("#### ").append(Labels.BEFORE_SIGNING.in(lang)).append("\n\n");
                roadmap.beforeSigning().forEach(a -> md.append("- **").append(a.requirement()).append("** ").append(a.title())
                        .append(": ").append(a.explanation()).append(" _(").append(a.rule()).append(")_\n"));
                md.append('\n');
            }
            if (roadmap.due() != null) {
                md.append("#### ").append(Labels.ROADMAP.in(lang)).append("\n\n");
                roadmap.dueReasons().forEach(r -> md.append(r.explanation()).append(" **").append(roadmap.due()).append("**\n\n"));
                for (GapReport.Phase phase : roadmap.phases()) {
                    md.append("##### ").append(Labels.PHASE.in(lang)).append(' ').append(phase.phase()).append(": ").append(phase.label())
                            .append(" (").append(Labels.MILESTONE.in(lang)).append(' ').append(phase.milestone()).append(")\n\n");
                    phase.actions().forEach(a -> md.append("- **").append(a.requirement()).append("** ").append(a.title())
                            .append(": ").append(a.explanation()).append('\n'));
                    md.append('\n');
                }
            }
        }

        private void header(List<String> cells) {
            row(cells);
            md.append('|').append("---|".repeat(cells.size())).append('\n');
        }

        private void row(List<String> cells) {
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }

        private static String reason(Pve.Reason reason) {
            return reason.explanation() + " _(" + reason.rule() + ")_";
        }
    }
}
