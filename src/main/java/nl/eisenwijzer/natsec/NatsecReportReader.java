package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Tri;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.ControlMeasure;
import nl.eisenwijzer.catalog.Country;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.NatsecRisk;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.ChainParty;
import nl.eisenwijzer.gap.ControllingParty;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.rules.SessionFacts;

/** Turns one fired session's conclusions into the report, in chain order and one language, sorted for stable output. */
final class NatsecReportReader {

    static final Text NOTICE = Text.of(
            "Deze toets is landenneutraal: Eisenwijzer velt geen oordeel over landen. De antwoorden volgen uit de eigen "
                    + "beoordelingen van de organisatie (catalog/countries.yaml), het dossier en de bevestigde antwoorden. "
                    + "De juridische route is informatie met haar voorwaarde, geen juridisch advies.",
            "This test is country-neutral: Eisenwijzer passes no judgement on countries. The answers follow from the "
                    + "organisation's own assessments (catalog/countries.yaml), the dossier and the confirmed answers. "
                    + "The legal route is information with its condition, not legal advice.");

    private final Catalog catalog;
    private final List<ChainEntity> entities;
    private final SupplierDossier supplier;
    private final Language language;
    private final Map<String, Assessed> assessed;
    private final Map<String, NotAssessed> notAssessed;
    private final Map<String, List<EntityAccess>> access;
    private final Map<String, List<FinalAnswer>> answers;
    private final Map<String, List<DerivedAnswer>> derived;
    private final Map<String, List<RiskFound>> risks;
    private final Map<String, ChainOutcome> outcomes;
    private final Map<String, LegalRoute> routes;
    private final Collection<ChosenMeasure> chosen;
    private final Collection<PurchaseOutcome> purchase;

    NatsecReportReader(Catalog catalog, SessionFacts facts, List<ChainEntity> entities, SupplierDossier supplier,
            Language language) {
        this.catalog = catalog;
        this.entities = entities;
        this.supplier = supplier;
        this.language = language;
        this.assessed = one(facts.of(Assessed.class), Assessed::entity);
        this.notAssessed = one(facts.of(NotAssessed.class), NotAssessed::entity);
        this.access = many(facts.of(EntityAccess.class), EntityAccess::entity);
        this.answers = many(facts.of(FinalAnswer.class), FinalAnswer::entity);
        this.derived = many(facts.of(DerivedAnswer.class), DerivedAnswer::entity);
        this.risks = many(facts.of(RiskFound.class), RiskFound::entity);
        this.outcomes = one(facts.of(ChainOutcome.class), ChainOutcome::entity);
        this.routes = one(facts.of(LegalRoute.class), LegalRoute::entity);
        this.chosen = facts.of(ChosenMeasure.class);
        this.purchase = facts.of(PurchaseOutcome.class);
    }

    NatsecReport read(ProcurementProfile profile, String fingerprint, List<String> realisable) {
        if (purchase.size() != 1) {
            throw new IllegalStateException("the national-security rules reached " + purchase.size()
                    + " purchase outcomes instead of one: " + purchase);
        }
        PurchaseOutcome result = purchase.iterator().next();
        List<NatsecReport.Party> chain = new ArrayList<>();
        for (ChainEntity entity : entities) {
            chain.add(party(entity, realisable));
        }
        ChainOutcome decisive = outcomes.get(result.entity());
        List<NatsecReport.Route> legalRoutes = chain.stream().map(NatsecReport.Party::legalRoute)
                .filter(java.util.Objects::nonNull).toList();
        return new NatsecReport(profile.title(), catalog.info().version(), fingerprint, language, profile.referenceDate(),
                supplier.name().strip(), result.outcome(), result.entity(),
                List.of(reason(result.rule(), result.reason()), reason(decisive.rule(), decisive.reason())),
                decisive.missing(), questions(result.entity()), chain, legalRoutes, realisable, chosenMeasures(),
                addedRequirements(), NOTICE.in(language));
    }

    private NatsecReport.Party party(ChainEntity entity, List<String> realisable) {
        String name = entity.name();
        Country country = catalog.countriesByCode().get(entity.country());
        List<NatsecReport.Access> accesses = access.getOrDefault(name, List.of()).stream()
                .sorted(Comparator.comparing(EntityAccess::access))
                .map(a -> new NatsecReport.Access(a.access().wire(), a.reason().in(language))).toList();
        Assessed yes = assessed.get(name);
        NotAssessed no = notAssessed.get(name);
        Pve.Reason assessment = yes != null ? reason(yes.rule(), yes.reason()) : no != null ? reason(no.rule(), no.reason()) : null;
        ChainOutcome outcome = outcomes.get(name);
        LegalRoute route = routes.get(name);
        return new NatsecReport.Party(name, entity.role(), entity.country(), country.name().in(language),
                entity.description(), accesses, owners(entity), yes != null, assessment,
                yes == null ? null : questions(name), yes == null ? null : risks(name, realisable),
                outcome == null ? null : outcome.outcome(),
                outcome == null ? null : List.of(reason(outcome.rule(), outcome.reason())),
                outcome == null ? null : outcome.missing(),
                route == null ? null : new NatsecReport.Route(name, route.route(), route.rule(), route.condition().in(language)));
    }

    private List<NatsecReport.Owner> owners(ChainEntity entity) {
        List<ControllingParty> owners = entity.role() == Role.SUPPLIER ? supplier.ownership()
                : partyOf(entity).map(ChainParty::ownership).orElse(List.of());
        List<NatsecReport.Owner> result = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            ControllingParty o = owners.get(i);
            result.add(new NatsecReport.Owner(i + 1, o.name().strip(), o.country(), Tri.of(o.stateOwned())));
        }
        return result;
    }

    private Optional<ChainParty> partyOf(ChainEntity entity) {
        List<ChainParty> list = entity.role() == Role.SUBCONTRACTOR ? supplier.subcontractors() : supplier.components();
        return list.stream().filter(p -> p.name().strip().equals(entity.name())).findFirst();
    }

    private Map<String, NatsecReport.QuestionAnswer> questions(String entity) {
        Map<Question, DerivedAnswer> derivedBy = new TreeMap<>();
        derived.getOrDefault(entity, List.of()).forEach(d -> derivedBy.put(d.question(), d));
        Map<String, NatsecReport.QuestionAnswer> result = new LinkedHashMap<>();
        answers.getOrDefault(entity, List.of()).stream().sorted(Comparator.comparing(FinalAnswer::question)).forEach(a -> {
            DerivedAnswer d = derivedBy.get(a.question());
            List<Pve.Reason> reasons = d.because().stream()
                    .map(i -> reason(i.rule(), i.reason()))
                    .sorted(Comparator.comparing(Pve.Reason::rule).thenComparing(Pve.Reason::explanation))
                    .distinct().toList();
            result.put(a.question().wire(), new NatsecReport.QuestionAnswer(a.question().text().in(language),
                    a.value(), a.basis(), a.derived(), d.rule(), a.justification(), reasons));
        });
        return result;
    }

    private List<NatsecReport.Risk> risks(String entity, List<String> realisable) {
        Map<String, List<RiskFound>> byRisk = new TreeMap<>();
        risks.getOrDefault(entity, List.of()).forEach(r -> byRisk.computeIfAbsent(r.risk(), k -> new ArrayList<>()).add(r));
        List<NatsecReport.Risk> result = new ArrayList<>();
        byRisk.forEach((risk, found) -> {
            NatsecRisk known = catalog.natsec().risks().stream().filter(r -> r.id().equals(risk)).findFirst().orElse(null);
            List<String> coveredBy = realisable == null ? List.of() : realisable.stream()
                    .filter(id -> catalog.measuresById().get(id).addresses(risk)).toList();
            result.add(new NatsecReport.Risk(risk, known == null ? risk : known.label().in(language),
                    found.stream().map(f -> reason(f.rule(), f.reason())).sorted(Comparator.comparing(Pve.Reason::explanation))
                            .distinct().toList(), coveredBy));
        });
        return result;
    }

    private List<NatsecReport.Chosen> chosenMeasures() {
        Map<String, List<ChosenMeasure>> byMeasure = new TreeMap<>();
        chosen.forEach(c -> byMeasure.computeIfAbsent(c.measure(), k -> new ArrayList<>()).add(c));
        List<NatsecReport.Chosen> result = new ArrayList<>();
        byMeasure.forEach((id, picks) -> {
            ControlMeasure measure = catalog.measuresById().get(id);
            List<String> against = picks.stream().map(p -> p.entity() + ": " + p.risk()).sorted().distinct().toList();
            List<Pve.Reason> reasons = picks.stream().map(p -> reason(p.rule(), p.reason()))
                    .sorted(Comparator.comparing(Pve.Reason::explanation)).distinct().toList();
            result.add(new NatsecReport.Chosen(id, measure.title().in(language), against, reasons));
        });
        return result;
    }

    private List<NatsecReport.AddedRequirement> addedRequirements() {
        Map<String, List<ControlMeasure>> byRequirement = new TreeMap<>();
        chosen.stream().map(c -> catalog.measuresById().get(c.measure())).distinct()
                .forEach(m -> m.requirements().forEach(r -> byRequirement.computeIfAbsent(r, k -> new ArrayList<>()).add(m)));
        List<NatsecReport.AddedRequirement> result = new ArrayList<>();
        byRequirement.forEach((id, measures) -> {
            Requirement requirement = catalog.requirementsById().get(id);
            List<String> ids = measures.stream().map(ControlMeasure::id).sorted().toList();
            List<Pve.Reason> reasons = measures.stream().sorted(Comparator.comparing(ControlMeasure::id))
                    .map(m -> new Pve.Reason("measure-chosen-against-a-risk", Text.of(
                            "Toegevoegd door beheersmaatregel " + m.id() + " (" + m.title().nl() + "); neem controlMeasures: ["
                                    + String.join(", ", ids) + "] op in het profiel om de eis in het PvE te krijgen.",
                            "Added by control measure " + m.id() + " (" + m.title().en() + "); put controlMeasures: ["
                                    + String.join(", ", ids) + "] in the profile to get the requirement into the PvE.")
                            .in(language)))
                    .toList();
            result.add(new NatsecReport.AddedRequirement(id, requirement.title().in(language), requirement.strength(), ids, reasons));
        });
        return result;
    }

    private Pve.Reason reason(String rule, Text explanation) {
        return new Pve.Reason(rule, explanation.in(language));
    }

    private static <T> Map<String, T> one(Collection<T> facts, Function<T, String> entity) {
        Map<String, T> result = new LinkedHashMap<>();
        for (T fact : facts) {
            T earlier = result.putIfAbsent(entity.apply(fact), fact);
            if (earlier != null && !earlier.equals(fact)) {
                throw new IllegalStateException("the national-security rules disagree on " + entity.apply(fact) + ": "
                        + earlier + " and " + fact);
            }
        }
        return result;
    }

    private static <T> Map<String, List<T>> many(Collection<T> facts, Function<T, String> entity) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        facts.forEach(f -> result.computeIfAbsent(entity.apply(f), k -> new ArrayList<>()).add(f));
        return result;
    }
}
