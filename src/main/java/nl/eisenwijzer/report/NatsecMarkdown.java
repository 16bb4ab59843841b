package nl.eisenwijzer.report;

import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.pve.Pve;

/**
 * The national-security report as Markdown for the buyer's file: outcome and the party that sets it, the four
 * answers with what was derived and what a person confirmed, each party of the chain with its own test, the
 * legal routes with their conditions, and the measures and requirements that go into the PvE.
 */
public final class NatsecMarkdown {

    public String render(NatsecReport report) {
        Language lang = report.language();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Labels.NATSEC_TEST.in(lang)).append(": ")
                .append(report.title()).append("\n\n");
        md.append("- ").append(Labels.BIDDER.in(lang)).append(": ").append(report.supplier()).append('\n');
        md.append("- ").append(Labels.REFERENCE_DATE.in(lang)).append(": ").append(report.referenceDate()).append('\n');
        md.append("- ").append(Labels.CATALOGUE.in(lang)).append(": ").append(report.catalogVersion()).append('\n');
        md.append("- ").append(Labels.FINGERPRINT.in(lang)).append(": `").append(report.fingerprint()).append("`\n\n");

        md.append("## ").append(Labels.OUTCOME.in(lang)).append(": ")
                .append(Labels.outcome(report.outcome(), lang)).append(" (").append(report.outcome()).append(")\n\n");
        reasons(md, report.outcomeReasons());
        if (!report.missing().isEmpty()) {
            md.append("**").append(Labels.NEEDED_FOR_OUTCOME.in(lang)).append(":** ")
                    .append(String.join(", ", report.missing().stream().map(q -> q.wire()).toList())).append("\n\n");
        }
        md.append("## ").append(Labels.FOUR_QUESTIONS.in(lang)).append(" — ")
                .append(report.decisiveParty()).append("\n\n");
        questions(md, report.questions(), lang);

        md.append("## ").append(Labels.CHAIN.in(lang)).append("\n\n");
        md.append(Text.of("| Partij | Rol | Land | Toegang | Uitkomst |\n", "| Party | Role | Country | Access | Outcome |\n").in(lang));
        md.append("|---|---|---|---|---|\n");
        for (NatsecReport.Party p : report.chain()) {
            md.append("| ").append(Labels.cell(p.name())).append(" | ").append(p.role().wire()).append(" | ").append(p.country())
                    .append(" | ").append(String.join(", ", p.access().stream().map(NatsecReport.Access::access).toList()))
                    .append(" | ").append(p.outcome() == null ? Labels.NOT_ASSESSED.in(lang)
                            : Labels.outcome(p.outcome(), lang)).append(" |\n");
        }
        md.append('\n');
        for (NatsecReport.Party p : report.chain()) {
            party(md, p, lang);
        }

        md.append("## ").append(Labels.LEGAL_ROUTE.in(lang)).append("\n\n");
        report.legalRoutes().forEach(r -> md.append("- **").append(r.party()).append("** — ").append(r.route()).append(": ")
                .append(r.condition()).append(" _(").append(r.rule()).append(")_\n"));
        md.append('\n');

        md.append("## ").append(Labels.MEASURES_AND_REQUIREMENTS.in(lang))
                .append("\n\n");
        md.append(Labels.REALISABLE.in(lang)).append(": ")
                .append(report.realisableMeasures() == null ? Labels.NOT_STATED.in(lang)
                        : report.realisableMeasures().isEmpty() ? "—" : String.join(", ", report.realisableMeasures()))
                .append("\n\n");
        if (report.chosenMeasures().isEmpty()) {
            md.append(Labels.NO_MEASURES_CHOSEN.in(lang)).append("\n\n");
        }
        report.chosenMeasures().forEach(c -> md.append("- **").append(c.measure()).append("** ").append(c.title())
                .append(" — ").append(String.join("; ", c.against())).append('\n'));
        if (!report.addedRequirements().isEmpty()) {
            md.append('\n').append(Text.of("| Eis | Titel | Bron | Maatregel |\n", "| Requirement | Title | Source | Measure |\n").in(lang));
            md.append("|---|---|---|---|\n");
            report.addedRequirements().forEach(r -> md.append("| ").append(r.requirement()).append(" | ").append(Labels.cell(r.title()))
                    .append(" | ").append(Labels.strength(r.strength(), lang)).append(" | ")
                    .append(String.join(", ", r.measures())).append(" |\n"));
            md.append('\n').append(Text.of("Neem ze op in het PvE met `pve --measures ", "Put them in the PvE with `pve --measures ").in(lang))
                    .append(String.join(",", report.chosenMeasures().stream().map(NatsecReport.Chosen::measure).toList()))
                    .append(Text.of("` of het profielveld `controlMeasures`.", "` or the profile field `controlMeasures`.").in(lang))
                    .append('\n');
        }
        md.append("\n---\n\n_").append(report.notice()).append("_\n");
        return md.toString();
    }

    private static void party(StringBuilder md, NatsecReport.Party p, Language lang) {
        md.append("### ").append(p.name()).append(" (").append(p.role().wire()).append(", ").append(p.countryName())
                .append(")\n\n");
        if (p.description() != null) {
            md.append(p.description()).append("\n\n");
        }
        if (p.assessment() != null) {
            md.append(p.assessment().explanation()).append(" _(").append(p.assessment().rule()).append(")_\n\n");
        }
        p.access().forEach(a -> md.append("- ").append(Labels.ACCESS.in(lang)).append(" `").append(a.access())
                .append("`: ").append(a.because()).append('\n'));
        p.ownership().forEach(o -> md.append("- ").append(Labels.CONTROL.in(lang)).append(" ").append(o.level())
                .append(": ").append(o.name()).append(" (").append(o.country()).append(", stateOwned: ")
                .append(o.stateOwned().wire()).append(")\n"));
        md.append('\n');
        if (!p.assessed()) {
            return;
        }
        questions(md, p.questions(), lang);
        if (!p.risks().isEmpty()) {
            md.append(Text.of("| Risico | Waarom | Afgedekt door |\n", "| Risk | Why | Covered by |\n").in(lang)).append("|---|---|---|\n");
            p.risks().forEach(r -> md.append("| ").append(Labels.cell(r.label())).append(" | ")
                    .append(Labels.cell(String.join(" ", r.reasons().stream().map(Pve.Reason::explanation).toList()))).append(" | ")
                    .append(r.coveredBy().isEmpty() ? "—" : String.join(", ", r.coveredBy())).append(" |\n"));
            md.append('\n');
        }
        md.append("**").append(Labels.outcome(p.outcome(), lang)).append("** — ");
        md.append(p.outcomeReasons().get(0).explanation()).append("\n\n");
    }

    private static void questions(StringBuilder md, Map<String, NatsecReport.QuestionAnswer> questions, Language lang) {
        questions.forEach((key, q) -> {
            md.append("- **").append(key.toUpperCase(java.util.Locale.ROOT)).append(": ").append(Labels.answer(q.answer(), lang))
                    .append("** (").append(Labels.basis(q, lang)).append(") — ").append(q.question()).append('\n');
            if (q.justification() != null) {
                md.append("  - ").append(Labels.JUSTIFICATION.in(lang)).append(": ").append(q.justification()).append('\n');
            }
            q.reasons().forEach(r -> md.append("  - ").append(r.explanation()).append(" _(").append(r.rule()).append(")_\n"));
        });
        md.append('\n');
    }

    private static void reasons(StringBuilder md, List<Pve.Reason> reasons) {
        reasons.forEach(r -> md.append("- ").append(r.explanation()).append(" _(").append(r.rule()).append(")_\n"));
        md.append('\n');
    }
}
