package nl.eisenwijzer.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.ControlMeasure;
import nl.eisenwijzer.gap.ChainAccess;
import nl.eisenwijzer.gap.ChainParty;
import nl.eisenwijzer.gap.ControllingParty;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.natsec.AnswerInput;
import nl.eisenwijzer.natsec.Answers;

/**
 * Reads the national-security questionnaire into what the test takes — the bidder's chain as a
 * {@link SupplierDossier}, the officer's confirmations as {@link Answers}, the realisable measures — and says in
 * the page's language, beside the field, what cannot be used. It checks what the engine would refuse (names,
 * one name per party, countries of the catalogue, access, a justification with every confirmation), so the
 * officer reads a sentence beside a field instead of a path into a dossier file. Rows left empty are skipped.
 */
final class ChainFormReader {

    private static final int MAX_NAME = 300;
    private static final int MAX_ROLE = 1000;
    private static final int MAX_JUSTIFICATION = 4000;

    /**
     * The questionnaire read. {@code dossier} is null when the chain cannot be used; a refused confirmation
     * leaves it usable (the test runs without that confirmation, to show the derived answer beside the field).
     *
     * @param measures the measures ticked; {@code null} when none is (the buyer has not said, so 3B stays open)
     * @param prefixes the row of each party, by name, for showing the party's questions with the row's confirmations
     */
    record Read(SupplierDossier dossier, Answers answers, List<String> measures, Map<String, String> errors,
            Map<String, String> prefixes) {
    }

    private final Catalog catalog;
    private final Texts texts;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> refused = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    private ChainFormReader(Catalog catalog, Texts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    static Read read(ChainForm form, Catalog catalog, Texts texts) {
        return new ChainFormReader(catalog, texts).read(form);
    }

    private Read read(ChainForm form) {
        ChainForm.Party bidder = form.bidder();
        String name = name(ChainForm.BIDDER, bidder.name());
        String country = country(ChainForm.BIDDER + ".country", bidder.country());
        Boolean stateOwned = stateOwned(ChainForm.BIDDER + ".stateOwned", bidder.stateOwned());
        List<ControllingParty> owners = owners(ChainForm.BIDDER, bidder.owners());
        List<ChainParty> subcontractors = parties(ChainForm.SUBCONTRACTORS, form.subcontractors());
        List<ChainParty> components = parties(ChainForm.COMPONENTS, form.components());
        List<String> measures = measures(form.measures());
        Answers answers = answers(form);
        SupplierDossier dossier = errors.isEmpty() ? new SupplierDossier(name, null, country, null, stateOwned, owners,
                subcontractors, components, null, null, null, null, null, null, null) : null;
        Map<String, String> all = new LinkedHashMap<>(errors);
        all.putAll(refused);
        return new Read(dossier, answers, measures, all, prefixes);
    }

    private List<ChainParty> parties(String list, List<ChainForm.Party> rows) {
        List<ChainParty> parties = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ChainForm.Party row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String at = list + "." + i;
            parties.add(new ChainParty(name(at, row.name()), country(at + ".country", row.country()),
                    limited(at + ".role", row.role(), MAX_ROLE), access(at + ".access", row.access()),
                    stateOwned(at + ".stateOwned", row.stateOwned()), owners(at, row.owners())));
        }
        return parties;
    }

    /** A party's name: required, and once in the chain, since answers and the report name parties by it. */
    private String name(String prefix, String given) {
        String field = prefix + ".name";
        String name = limited(field, given, MAX_NAME);
        if (name == null) {
            errors.putIfAbsent(field, texts.get("error.required.name"));
        } else if (!names.add(name)) {
            errors.put(field, texts.get("error.natsec.duplicateName", name));
        } else {
            prefixes.put(name, prefix);
        }
        return name;
    }

    private List<ControllingParty> owners(String prefix, List<ChainForm.Owner> rows) {
        List<ControllingParty> owners = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ChainForm.Owner row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String at = prefix + ".owners." + i;
            String name = limited(at + ".name", row.name(), MAX_NAME);
            if (name == null) {
                errors.putIfAbsent(at + ".name", texts.get("error.required.name"));
            }
            owners.add(new ControllingParty(name, country(at + ".country", row.country()),
                    stateOwned(at + ".stateOwned", row.stateOwned())));
        }
        return owners;
    }

    /** A country of the catalogue: the test needs its EU and GPA facts and the organisation's assessments. */
    private String country(String field, String code) {
        if (code.isBlank()) {
            errors.put(field, texts.get("error.required.country"));
        } else if (!catalog.countriesByCode().containsKey(code)) {
            errors.put(field, texts.get("error.natsec.country"));
        } else {
            return code;
        }
        return null;
    }

    private List<ChainAccess> access(String field, List<String> given) {
        List<String> allowed = WireEnum.allowed(ChainAccess.class);
        if (given.isEmpty()) {
            errors.put(field, texts.get("error.natsec.access"));
        } else if (!allowed.containsAll(given)) {
            errors.put(field, texts.get("error.notAllowed", String.join(", ", allowed)));
        } else if (given.contains(ChainAccess.NONE.wire()) && given.size() > 1) {
            errors.put(field, texts.get("error.natsec.accessNone"));
        } else {
            return given.stream().map(a -> WireEnum.parse(ChainAccess.class, field, a)).toList();
        }
        return List.of();
    }

    /** Yes, no, or not known (empty): not known is what the test reports as missing information. */
    private Boolean stateOwned(String field, String value) {
        return switch (value) {
            case "" -> null;
            case "true", "false" -> Boolean.valueOf(value);
            default -> {
                errors.put(field, texts.get("error.notAllowed", "true, false"));
                yield null;
            }
        };
    }

    private List<String> measures(List<String> given) {
        List<String> known = catalog.natsec().measures().stream().map(ControlMeasure::id).toList();
        if (!known.containsAll(given)) {
            errors.put("measures", texts.get("error.notAllowed", String.join(", ", known)));
        }
        return given.isEmpty() ? null : given;
    }

    /**
     * The bidder's confirmations at the top, the other parties' by name. A party declared without access is not
     * tested and takes no answers, so its confirmations wait in the form until it gets access again.
     */
    private Answers answers(ChainForm form) {
        Map<String, Answers> parties = new LinkedHashMap<>();
        prefixes.forEach((name, prefix) -> {
            ChainForm.Party party = form.party(prefix);
            if (prefix.equals(ChainForm.BIDDER) || party.withoutAccess()) {
                return;
            }
            Answers given = confirmations(prefix, party);
            if (given != null) {
                parties.put(name, given);
            }
        });
        Answers bidder = confirmations(ChainForm.BIDDER, form.bidder());
        return bidder == null ? new Answers(null, null, null, null, parties)
                : new Answers(bidder.q1(), bidder.q2(), bidder.q3a(), bidder.q3b(), parties);
    }

    /** A row's confirmations; a yes or no without a justification is refused beside the justification. */
    private Answers confirmations(String prefix, ChainForm.Party party) {
        Map<String, AnswerInput> given = new HashMap<>();
        for (String question : ChainForm.QUESTIONS) {
            ChainForm.Confirmation confirmation = party.confirmation(question);
            String field = prefix + "." + question;
            switch (confirmation.answer()) {
                case "" -> {
                    // as the rules derive it: a justification typed without a choice changes nothing
                }
                case "true", "false" -> {
                    String why = confirmation.justification().strip();
                    if (why.isEmpty()) {
                        refused.put(field + ".justification", texts.get("error.natsec.justification"));
                    } else if (why.length() > MAX_JUSTIFICATION) {
                        refused.put(field + ".justification", texts.get("error.tooLong", MAX_JUSTIFICATION));
                    } else {
                        given.put(question, new AnswerInput(Boolean.valueOf(confirmation.answer()), why));
                    }
                }
                default -> refused.put(field, texts.get("error.notAllowed", "true, false"));
            }
        }
        return given.isEmpty() ? null
                : new Answers(given.get("q1"), given.get("q2"), given.get("q3a"), given.get("q3b"), null);
    }

    /** The value stripped, or null when empty; a value over {@code max} characters is refused. */
    private String limited(String field, String value, int max) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.put(field, texts.get("error.tooLong", max));
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
