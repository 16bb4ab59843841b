package nl.eisenwijzer.oscal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.oscal.OscalModel.AssessmentResults;
import nl.eisenwijzer.oscal.OscalModel.AssessmentResultsDocument;
import nl.eisenwijzer.oscal.OscalModel.BackMatter;
import nl.eisenwijzer.oscal.OscalModel.ControlSelection;
import nl.eisenwijzer.oscal.OscalModel.Finding;
import nl.eisenwijzer.oscal.OscalModel.ImportAp;
import nl.eisenwijzer.oscal.OscalModel.Metadata;
import nl.eisenwijzer.oscal.OscalModel.Observation;
import nl.eisenwijzer.oscal.OscalModel.RelatedObservation;
import nl.eisenwijzer.oscal.OscalModel.RelevantEvidence;
import nl.eisenwijzer.oscal.OscalModel.Resource;
import nl.eisenwijzer.oscal.OscalModel.Result;
import nl.eisenwijzer.oscal.OscalModel.ReviewedControls;
import nl.eisenwijzer.oscal.OscalModel.SelectControl;
import nl.eisenwijzer.oscal.OscalModel.Status;
import nl.eisenwijzer.oscal.OscalModel.Target;
import nl.eisenwijzer.pve.Pve;

/**
 * Lays out a gap report as OSCAL assessment-results: a result per bidder with the verdict as a property, an
 * observation per piece of evidence in its dossier (examined, collected on the date the evidence speaks for,
 * expiring when a certificate's validity ends), and a finding per PvE requirement that points at the
 * requirement's statement in the catalog. A finding is satisfied when the gap status is settled (met or
 * waived), as the gap rules define it; the status itself and the rules' reasons go with it. Eisenwijzer makes
 * no OSCAL assessment plan: the plan imported is a back-matter resource naming the PvE the dossiers were
 * judged against.
 */
final class AssessmentResultsWriter {

    private static final Text TITLE = Text.of("Gap-analyse: ", "Gap analysis: ");
    private static final Text RESULT = Text.of(
            "Het dossier van %s, getoetst aan het Programma van Eisen '%s' op de peildatum %s.",
            "The dossier of %s, judged against the requirements programme '%s' on the reference date %s.");
    private static final Text PLAN = Text.of("Programma van Eisen: ", "Requirements programme: ");
    private static final Text NO_PLAN = Text.of(
            "Eisenwijzer maakt geen OSCAL-toetsingsplan: de toetsing volgt het Programma van Eisen in de back-matter,"
                    + " dat ook als OSCAL-profiel te krijgen is.",
            "Eisenwijzer makes no OSCAL assessment plan: the assessment follows the requirements programme in the"
                    + " back-matter, which is also available as an OSCAL profile.");
    private static final String EXAMINE = "EXAMINE";

    AssessmentResultsDocument write(GapReport report) {
        Language language = report.language();
        String plan = Uuids.of("requirements-programme", report.fingerprint());
        Metadata metadata = new Metadata(TITLE.in(language) + OscalModel.line(report.title()),
                Timestamps.of(report.referenceDate()), report.catalogVersion(), OscalModel.OSCAL_VERSION, List.of(),
                new Props().add("fingerprint", report.fingerprint())
                        .add("reference-date", report.referenceDate())
                        .add("contract-start", report.contractStart())
                        .add("contract-end", report.contractEnd())
                        .add("language", language)
                        .list(),
                null);
        Resource pve = new Resource(plan, PLAN.in(language) + OscalModel.line(report.title()), null,
                new Props().add("catalog-version", report.catalogVersion()).list(), List.of());
        List<Result> results = report.suppliers().stream().map(supplier -> result(report, supplier)).toList();
        return new AssessmentResultsDocument(new AssessmentResults(
                Uuids.of("assessment-results", report.fingerprint(), language.wire()), metadata,
                new ImportAp("#" + plan, NO_PLAN.in(language)), results, new BackMatter(List.of(pve))));
    }

    private static Result result(GapReport report, GapReport.SupplierReport supplier) {
        Bidder bidder = new Bidder(report.fingerprint(), report.language().wire(), supplier.name());
        List<GapReport.Evidence> evidence = supplier.evidence();
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            observations.add(observation(bidder.uuid("observation", String.valueOf(i)), evidence.get(i),
                    report.referenceDate()));
        }
        List<GapReport.Item> judged = Stream.concat(supplier.items().stream(), supplier.suitability().stream()).toList();
        List<Finding> findings = judged.stream().map(item -> finding(bidder, item, evidence, observations)).toList();
        String description = String.format(RESULT.in(report.language()), supplier.name(), report.title(),
                report.referenceDate());
        String remarks = Stream.concat(
                        supplier.verdictReasons().stream().map(AssessmentResultsWriter::bullet),
                        supplier.warnings().stream().map(w -> "- " + w.date() + " " + w.subject() + ": "
                                + w.explanation() + " (" + w.rule() + ")"))
                .collect(Collectors.joining("\n"));
        return new Result(bidder.uuid("result"), OscalModel.line(supplier.name()), description,
                Timestamps.of(report.referenceDate()),
                new Props().add("verdict", supplier.verdict()).add("country", supplier.country()).list(),
                new ReviewedControls(List.of(new ControlSelection(judged.stream()
                        .map(item -> new SelectControl(Tokens.of(item.requirement()))).toList()))),
                observations, findings, remarks);
    }

    /**
     * Evidence without a date of its own (an insurance policy) counts as collected on the reference date, when
     * the dossier was judged. A certificate valid until a day expires at the end of that day.
     */
    private static Observation observation(String uuid, GapReport.Evidence evidence, LocalDate referenceDate) {
        return new Observation(uuid, evidence.type(), evidence.description(),
                new Props().add("evidence-type", evidence.type()).list(),
                List.of(EXAMINE), List.of(new RelevantEvidence(evidence.description())),
                Timestamps.of(evidence.date() != null ? evidence.date() : referenceDate),
                Timestamps.of(evidence.validUntil() == null ? null : evidence.validUntil().plusDays(1)),
                bullets(evidence.problems()));
    }

    private static Finding finding(Bidder bidder, GapReport.Item item, List<GapReport.Evidence> evidence,
            List<Observation> observations) {
        List<RelatedObservation> related = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            List<String> citedBy = evidence.get(i).citedBy();
            if (citedBy.contains(item.requirement()) || citedBy.contains(item.line())) {
                related.add(new RelatedObservation(observations.get(i).uuid()));
            }
        }
        String reasons = bullets(item.reasons());
        return new Finding(bidder.uuid("finding", item.requirement()),
                OscalModel.line(item.requirement() + ": " + item.title()),
                reasons.isEmpty() ? item.status().name() : reasons,
                new Props().add("status", item.status())
                        .add("kind", item.kind())
                        .add("pve-line", item.line())
                        .add("threshold", item.threshold())
                        .add("actual", item.actual())
                        .list(),
                new Target("statement-id", CatalogWriter.statementId(item.requirement()),
                        new Status(item.status().settled() ? "satisfied" : "not-satisfied")),
                related);
    }

    private static String bullets(List<Pve.Reason> reasons) {
        return reasons.stream().map(AssessmentResultsWriter::bullet).collect(Collectors.joining("\n"));
    }

    private static String bullet(Pve.Reason reason) {
        return "- " + reason.explanation() + " (" + reason.rule() + ")";
    }

    /** The names every uuid within one bidder's result starts with: the report, its language and the bidder. */
    private record Bidder(String fingerprint, String language, String name) {

        String uuid(String... parts) {
            List<String> names = new ArrayList<>(List.of(fingerprint, language, name));
            names.addAll(List.of(parts));
            return Uuids.of(names.toArray(String[]::new));
        }
    }
}
