package nl.eisenwijzer.natsec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.ControlMeasure;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Tri;
import nl.eisenwijzer.gap.ChainAccess;
import nl.eisenwijzer.gap.ChainParty;
import nl.eisenwijzer.gap.ControllingParty;
import nl.eisenwijzer.gap.DossierReader;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.rules.Pipeline;
import nl.eisenwijzer.rules.RuleBase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the national-security test for one bidder: validates the input, inserts the profile, the countries,
 * risks and measures of the catalogue, the chain (each party and its chain of control), the buyer's
 * realisable measures and the confirmed answers into a fresh session, fires {@code rules/natsec/} and reads
 * the report. Java inserts and reads; the rules decide.
 */
public final class NatsecAssessor {

    private static final int MAX_FIRINGS = 1_000_000;
    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    private final Catalog catalog;
    private final RuleBase rules;
    private final DossierReader dossiers;

    public NatsecAssessor(Catalog catalog, RuleBase rules, DossierReader dossiers) {
        this.catalog = catalog;
        this.rules = rules;
        this.dossiers = dossiers;
    }

    /**
     * @param profile a normalised profile
     * @param supplierField how the caller names the dossier in errors ({@code supplier})
     * @param realisable the measures the buyer can realise; {@code null} when it has not said (3B stays unknown)
     */
    public NatsecReport assess(ProcurementProfile profile, SupplierDossier supplier, Answers answers,
            List<String> realisable, Language language, String supplierField) {
        if (supplier == null) {
            throw new InvalidInputException(supplierField, "field '" + supplierField + "' is required: the bidder's dossier");
        }
        List<ChainEntity> entities = validate(supplier, supplierField);
        Answers given = answers == null ? Answers.NONE : answers;
        List<ConfirmedAnswer> confirmed = confirmedAnswers(given, entities);
        List<String> measures = realisable(realisable);
        List<Object> facts = new ArrayList<>();
        facts.add(profile);
        facts.addAll(catalog.natsec().countries());
        facts.addAll(catalog.natsec().measures());
        facts.addAll(entities);
        facts.addAll(members(supplier));
        facts.add(new NatsecContext(measures != null, measures == null ? List.of() : measures));
        facts.addAll(confirmed);
        return new NatsecReportReader(catalog, rules.fire(Pipeline.NATSEC, facts, MAX_FIRINGS), entities, supplier, language)
                .read(profile, fingerprint(profile, supplier, given, measures), measures);
    }

    /** The bidder first, then subcontractors and components in dossier order; parties and owners from known countries. */
    private List<ChainEntity> validate(SupplierDossier supplier, String supplierField) {
        try {
            dossiers.validateParties(supplier);
            country("country", supplier.country());
            owners("ownership", supplier.ownership());
            parties("subcontractors", supplier.subcontractors());
            parties("components", supplier.components());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(supplierField + "." + e.field(), supplierField + ": " + e.getMessage(), e.allowedValues());
        }
        List<ChainEntity> entities = new ArrayList<>();
        entities.add(new ChainEntity(supplier.name().strip(), Role.SUPPLIER, 0, supplier.country(), null, List.of()));
        for (ChainParty p : supplier.subcontractors()) {
            entities.add(new ChainEntity(p.name().strip(), Role.SUBCONTRACTOR, entities.size(), p.country(), p.role(), p.access()));
        }
        for (ChainParty p : supplier.components()) {
            entities.add(new ChainEntity(p.name().strip(), Role.COMPONENT, entities.size(), p.country(), p.role(), p.access()));
        }
        return entities;
    }

    private void parties(String list, List<ChainParty> parties) {
        for (int i = 0; i < parties.size(); i++) {
            country(list + "[" + i + "].country", parties.get(i).country());
            owners(list + "[" + i + "].ownership", parties.get(i).ownership());
        }
    }

    private void owners(String list, List<ControllingParty> owners) {
        for (int i = 0; i < owners.size(); i++) {
            country(list + "[" + i + "].country", owners.get(i).country());
        }
    }

    /** The rules need the country's facts; an organisation that trimmed countries.yaml must say so here. */
    private void country(String field, String code) {
        if (!catalog.countriesByCode().containsKey(code)) {
            throw new InvalidInputException(field, "field '" + field + "': " + code + " is not in catalog/countries.yaml; "
                    + "the test needs its EU and GPA facts");
        }
    }

    /** Each party (level 0) and every member of its chain of control above it. */
    private static List<ChainMember> members(SupplierDossier supplier) {
        List<ChainMember> members = new ArrayList<>();
        addChain(members, supplier.name().strip(), supplier.country(), supplier.stateOwned(), supplier.ownership());
        for (ChainParty p : supplier.subcontractors()) {
            addChain(members, p.name().strip(), p.country(), p.stateOwned(), p.ownership());
        }
        for (ChainParty p : supplier.components()) {
            addChain(members, p.name().strip(), p.country(), p.stateOwned(), p.ownership());
        }
        return members;
    }

    private static void addChain(List<ChainMember> members, String entity, String country, Boolean stateOwned,
            List<ControllingParty> owners) {
        members.add(new ChainMember(entity, 0, entity, country, Tri.of(stateOwned)));
        for (int i = 0; i < owners.size(); i++) {
            ControllingParty owner = owners.get(i);
            members.add(new ChainMember(entity, i + 1, owner.name().strip(), owner.country(), Tri.of(owner.stateOwned())));
        }
    }

    /** Top-level answers are about the bidder; {@code parties} answers about a named, assessable party. */
    private static List<ConfirmedAnswer> confirmedAnswers(Answers answers, List<ChainEntity> entities) {
        List<ConfirmedAnswer> confirmed = new ArrayList<>(confirm("answers", entities.get(0).name(), answers));
        List<String> others = entities.stream().skip(1).map(ChainEntity::name).toList();
        for (Map.Entry<String, Answers> entry : answers.parties().entrySet()) {
            String field = "answers.parties." + entry.getKey();
            ChainEntity party = entities.stream().skip(1).filter(e -> e.name().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> InvalidInputException.notAllowed("answers.parties", entry.getKey(), others));
            if (party.access().contains(ChainAccess.NONE)) {
                throw new InvalidInputException(field, "field '" + field + "': " + party.name() + " gets no access "
                        + "(access: none) and is not assessed; its answers would count for nothing");
            }
            if (entry.getValue() == null) {
                throw new InvalidInputException(field, "field '" + field + "' needs at least one of q1, q2, q3a, q3b");
            }
            if (!entry.getValue().parties().isEmpty()) {
                throw new InvalidInputException(field + ".parties", "field '" + field + ".parties': parties are only "
                        + "allowed at the top of answers");
            }
            confirmed.addAll(confirm(field, party.name(), entry.getValue()));
        }
        return confirmed;
    }

    private static List<ConfirmedAnswer> confirm(String prefix, String entity, Answers answers) {
        List<ConfirmedAnswer> confirmed = new ArrayList<>();
        answers.byQuestion().forEach((question, input) -> {
            String field = prefix + "." + question.wire();
            if (input.answer() == null) {
                throw new InvalidInputException(field + ".answer", "field '" + field + ".answer' is required: true or false",
                        List.of("true", "false"));
            }
            if (input.justification() == null || input.justification().isBlank()) {
                throw new InvalidInputException(field + ".justification", "field '" + field + ".justification' is "
                        + "required: say on what the answer rests; the report shows it beside the derived answer");
            }
            confirmed.add(new ConfirmedAnswer(entity, question, input.answer(), input.justification().strip()));
        });
        return confirmed;
    }

    /**
     * Known measure ids, each once, sorted; none given is "not stated" ({@code null}), which leaves 3B unknown. An
     * empty list is not read as "no measure is realisable": clients generated from the API send an empty list for
     * a field nobody filled in, and the page sends one when nothing is ticked. That conclusion is the officer's to
     * confirm, as answer q3b: false with its justification.
     */
    private List<String> realisable(List<String> given) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        List<String> allowed = catalog.natsec().measures().stream().map(ControlMeasure::id).toList();
        Set<String> unique = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (!catalog.measuresById().containsKey(given.get(i))) {
                throw InvalidInputException.notAllowed("realisableMeasures[" + i + "]", given.get(i), allowed);
            }
            unique.add(given.get(i));
        }
        return List.copyOf(new TreeSet<>(unique));
    }

    /** {@code sha256:<hex>} over catalogue, rules and every input, so the same input gives the same report. */
    private String fingerprint(ProcurementProfile profile, SupplierDossier supplier, Answers answers, List<String> measures) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {catalog.digest(), rules.digest(), profile, supplier, answers,
                    measures == null ? "not stated" : measures}) {
                sha.update(CANONICAL.writeValueAsBytes(part));
                sha.update((byte) 0);
            }
            return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
