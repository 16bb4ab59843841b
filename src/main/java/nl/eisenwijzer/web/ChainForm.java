package nl.eisenwijzer.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.eisenwijzer.gap.ChainAccess;
import nl.eisenwijzer.gap.ChainParty;
import nl.eisenwijzer.gap.ControllingParty;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.natsec.Question;
import org.springframework.util.MultiValueMap;

/**
 * The national-security questionnaire as the officer filled it in: the bidder, its owners, its subcontractors
 * and component suppliers with their owners, the officer's confirmations and the measures the buyer can
 * realise — every value as typed, so that a page shown again (with an error, or with one more row) loses
 * nothing. The page's fields are its only store: the chain is confidential, so it travels in the form between
 * requests and is never kept on the server.
 *
 * <p>Field names: {@code bidder.name}, {@code bidder.owners.0.country}, {@code subcontractors.1.access},
 * {@code components.0.owners.1.stateOwned}; a confirmation {@code components.0.q2} with
 * {@code components.0.q2.justification}. A confirmation belongs to its row, so it stays with the party when the
 * officer corrects the party's name.
 */
record ChainForm(Party bidder, List<Party> subcontractors, List<Party> components, List<String> measures) {

    static final String BIDDER = "bidder";
    static final String SUBCONTRACTORS = "subcontractors";
    static final String COMPONENTS = "components";
    static final List<String> QUESTIONS = Arrays.stream(Question.values()).map(Question::wire).toList();
    /**
     * A list takes no more rows than this: room for a long chain, and a bound on what one request can make the
     * server build. A longer chain goes through the API or the command line.
     */
    static final int MAX_ROWS = 20;
    private static final int EMPTY_PARTIES = 2;
    private static final int EMPTY_OWNERS = 1;
    private static final Pattern OWNER_LIST = Pattern.compile("(bidder|subcontractors\\.(\\d{1,4})|components\\.(\\d{1,4}))\\.owners");

    ChainForm {
        subcontractors = List.copyOf(subcontractors);
        components = List.copyOf(components);
        measures = List.copyOf(measures);
    }

    /** One link in a party's chain of control, from its direct parent upwards. */
    record Owner(String name, String country, String stateOwned) {

        static final Owner EMPTY = new Owner("", "", "");

        boolean blank() {
            return name.isBlank() && country.isBlank() && stateOwned.isBlank();
        }
    }

    /** The officer's answer to one question ({@code true}, {@code false}, or empty: as the rules derive it) and why. */
    record Confirmation(String answer, String justification) {

        static final Confirmation NONE = new Confirmation("", "");

        boolean blank() {
            return answer.isBlank() && justification.isBlank();
        }
    }

    /** The bidder (role and access stay empty: the tender says what it delivers) or a party of its chain. */
    record Party(String name, String country, String role, List<String> access, String stateOwned, List<Owner> owners,
            Map<String, Confirmation> confirmations) {

        static final Party EMPTY = new Party("", "", "", List.of(), "", List.of(), Map.of());

        Party {
            access = List.copyOf(access);
            owners = List.copyOf(owners);
            confirmations = Map.copyOf(confirmations);
        }

        /** A row the officer left empty: it is skipped, whatever confirmations it still carries. */
        boolean blank() {
            return name.isBlank() && country.isBlank() && role.isBlank() && access.isEmpty() && stateOwned.isBlank()
                    && owners.stream().allMatch(Owner::blank);
        }

        /** Declared without access: listed for completeness, and not tested, so the test takes no answers for it. */
        boolean withoutAccess() {
            return access.contains(ChainAccess.NONE.wire());
        }

        public Confirmation confirmation(String question) {
            return confirmations.getOrDefault(question, Confirmation.NONE);
        }

        private Party padded() {
            return withOwners(pad(owners, EMPTY_OWNERS, Owner.EMPTY));
        }

        private Party withOwners(List<Owner> more) {
            return new Party(name, country, role, access, stateOwned, more, confirmations);
        }
    }

    /** A form field and its value, for carrying a value in a hidden input. */
    record Field(String name, String value) {
    }

    static ChainForm empty() {
        return new ChainForm(Party.EMPTY, List.of(), List.of(), List.of());
    }

    /** The questionnaire as the page submitted it. */
    static ChainForm of(MultiValueMap<String, String> form) {
        return new ChainForm(party(form, BIDDER), parties(form, SUBCONTRACTORS), parties(form, COMPONENTS),
                form.getOrDefault("measures", List.of()).stream().filter(m -> !m.isBlank()).distinct().toList());
    }

    /**
     * The chain of an uploaded dossier, for the officer to check and correct; only a dossier that {@link #fits}.
     * The confirmations already given follow their party by name; the measures stay as ticked.
     */
    static ChainForm of(SupplierDossier dossier, ChainForm before) {
        Map<String, Map<String, Confirmation>> given = before.confirmationsByName();
        return new ChainForm(
                new Party(text(dossier.name()), text(dossier.country()), "", List.of(), tri(dossier.stateOwned()),
                        owners(dossier.ownership()), given.getOrDefault(key(dossier.name()), Map.of())),
                parties(dossier.subcontractors(), given), parties(dossier.components(), given), before.measures);
    }

    /** Whether every list of the dossier fits on the page ({@link #MAX_ROWS} rows), so that reading it drops nobody. */
    static boolean fits(SupplierDossier dossier) {
        return dossier.ownership().size() <= MAX_ROWS && dossier.subcontractors().size() <= MAX_ROWS
                && dossier.components().size() <= MAX_ROWS
                && Stream.concat(dossier.subcontractors().stream(), dossier.components().stream())
                        .allMatch(p -> p.ownership().size() <= MAX_ROWS);
    }

    /** The same questionnaire with these measures ticked. */
    ChainForm withMeasures(List<String> ticked) {
        return new ChainForm(bidder, subcontractors, components, ticked);
    }

    /** At least a few empty rows in every list, so a chain can be typed in without asking for rows first. */
    ChainForm padded() {
        return new ChainForm(bidder.padded(), padded(subcontractors), padded(components), measures);
    }

    private static List<Party> padded(List<Party> parties) {
        return pad(parties, EMPTY_PARTIES, Party.EMPTY).stream().map(Party::padded).toList();
    }

    /**
     * This questionnaire with one more empty row in {@code list} ({@code subcontractors}, {@code components},
     * {@code bidder.owners}, {@code components.0.owners}, …); unchanged when the list is full.
     *
     * @throws IllegalArgumentException when the page has no such list
     */
    ChainForm withRow(String list) {
        ChainForm form = padded();
        if (list.equals(SUBCONTRACTORS)) {
            return new ChainForm(form.bidder, more(form.subcontractors, Party.EMPTY), form.components, measures);
        }
        if (list.equals(COMPONENTS)) {
            return new ChainForm(form.bidder, form.subcontractors, more(form.components, Party.EMPTY), measures);
        }
        Matcher owners = OWNER_LIST.matcher(list);
        if (!owners.matches()) {
            throw new IllegalArgumentException("no list " + list + " on the page");
        }
        if (owners.group(2) == null && owners.group(3) == null) {
            return new ChainForm(form.bidder.withOwners(more(form.bidder.owners, Owner.EMPTY)), form.subcontractors,
                    form.components, measures);
        }
        boolean sub = owners.group(2) != null;
        List<Party> parties = new ArrayList<>(sub ? form.subcontractors : form.components);
        int row = Integer.parseInt(sub ? owners.group(2) : owners.group(3));
        if (row >= parties.size()) {
            throw new IllegalArgumentException("no row " + list + " on the page");
        }
        parties.set(row, parties.get(row).withOwners(more(parties.get(row).owners, Owner.EMPTY)));
        return sub ? new ChainForm(form.bidder, parties, form.components, measures)
                : new ChainForm(form.bidder, form.subcontractors, parties, measures);
    }

    /** The party of a row: {@code bidder}, {@code subcontractors.1}, {@code components.0}. */
    public Party party(String prefix) {
        if (prefix.equals(BIDDER)) {
            return bidder;
        }
        String[] parts = prefix.split("\\.");
        List<Party> list = parts[0].equals(SUBCONTRACTORS) ? subcontractors : components;
        int row = Integer.parseInt(parts[1]);
        return row < list.size() ? list.get(row) : Party.EMPTY;
    }

    /** Every value filled in, except the measures (their own form fields say which are ticked). */
    public List<Field> fields() {
        return fields(true, prefix -> true);
    }

    /** The confirmations of the rows whose questions the page does not show, to carry until it shows them again. */
    List<Field> confirmationsExcept(Set<String> shown) {
        return fields(false, prefix -> !shown.contains(prefix));
    }

    private List<Field> fields(boolean chain, Predicate<String> confirmationsOf) {
        List<Field> fields = new ArrayList<>();
        fields(fields, BIDDER, bidder, chain, confirmationsOf);
        for (int i = 0; i < subcontractors.size(); i++) {
            fields(fields, SUBCONTRACTORS + "." + i, subcontractors.get(i), chain, confirmationsOf);
        }
        for (int i = 0; i < components.size(); i++) {
            fields(fields, COMPONENTS + "." + i, components.get(i), chain, confirmationsOf);
        }
        return fields.stream().filter(f -> !f.value().isBlank()).toList();
    }

    private static void fields(List<Field> fields, String prefix, Party party, boolean chain, Predicate<String> confirmationsOf) {
        if (chain) {
            fields.add(new Field(prefix + ".name", party.name));
            fields.add(new Field(prefix + ".country", party.country));
            fields.add(new Field(prefix + ".role", party.role));
            party.access.forEach(a -> fields.add(new Field(prefix + ".access", a)));
            fields.add(new Field(prefix + ".stateOwned", party.stateOwned));
            for (int i = 0; i < party.owners.size(); i++) {
                Owner owner = party.owners.get(i);
                String at = prefix + ".owners." + i;
                fields.add(new Field(at + ".name", owner.name));
                fields.add(new Field(at + ".country", owner.country));
                fields.add(new Field(at + ".stateOwned", owner.stateOwned));
            }
        }
        if (!party.blank() && confirmationsOf.test(prefix)) {
            party.confirmations.forEach((question, c) -> {
                fields.add(new Field(prefix + "." + question, c.answer));
                fields.add(new Field(prefix + "." + question + ".justification", c.justification));
            });
        }
    }

    private Map<String, Map<String, Confirmation>> confirmationsByName() {
        Map<String, Map<String, Confirmation>> byName = new LinkedHashMap<>();
        List<Party> all = new ArrayList<>(List.of(bidder));
        all.addAll(subcontractors);
        all.addAll(components);
        all.stream().filter(p -> !p.name.isBlank() && !p.confirmations.isEmpty())
                .forEach(p -> byName.putIfAbsent(key(p.name), p.confirmations));
        return byName;
    }

    private static List<Party> parties(MultiValueMap<String, String> form, String list) {
        return IntStream.range(0, rows(form, list)).mapToObj(i -> party(form, list + "." + i)).toList();
    }

    private static Party party(MultiValueMap<String, String> form, String prefix) {
        Map<String, Confirmation> confirmations = new LinkedHashMap<>();
        for (String question : QUESTIONS) {
            Confirmation c = new Confirmation(value(form, prefix + "." + question), value(form, prefix + "." + question + ".justification"));
            if (!c.blank()) {
                confirmations.put(question, c);
            }
        }
        String owners = prefix + ".owners";
        return new Party(value(form, prefix + ".name"), value(form, prefix + ".country"), value(form, prefix + ".role"),
                form.getOrDefault(prefix + ".access", List.of()).stream().filter(a -> !a.isBlank()).distinct().toList(),
                value(form, prefix + ".stateOwned"),
                IntStream.range(0, rows(form, owners)).mapToObj(i -> new Owner(value(form, owners + "." + i + ".name"),
                        value(form, owners + "." + i + ".country"), value(form, owners + "." + i + ".stateOwned"))).toList(),
                confirmations);
    }

    /** One more than the highest row number among the submitted field names of the list, at most {@link #MAX_ROWS}. */
    private static int rows(MultiValueMap<String, String> form, String list) {
        Pattern row = Pattern.compile(Pattern.quote(list + ".") + "(\\d{1,4})\\.");
        int rows = 0;
        for (String name : form.keySet()) {
            Matcher m = row.matcher(name);
            if (m.lookingAt()) {
                rows = Math.max(rows, Math.min(MAX_ROWS, Integer.parseInt(m.group(1)) + 1));
            }
        }
        return rows;
    }

    private static List<Party> parties(List<ChainParty> parties, Map<String, Map<String, Confirmation>> given) {
        return parties.stream().map(p -> new Party(text(p.name()), text(p.country()), text(p.role()),
                p.access().stream().map(WireEnum::wire).toList(), tri(p.stateOwned()), owners(p.ownership()),
                given.getOrDefault(key(p.name()), Map.of()))).toList();
    }

    private static List<Owner> owners(List<ControllingParty> owners) {
        return owners.stream().map(o -> new Owner(text(o.name()), text(o.country()), tri(o.stateOwned()))).toList();
    }

    private static <T> List<T> pad(List<T> rows, int least, T empty) {
        List<T> padded = new ArrayList<>(rows);
        while (padded.size() < least) {
            padded.add(empty);
        }
        return padded;
    }

    private static <T> List<T> more(List<T> rows, T empty) {
        return rows.size() >= MAX_ROWS ? rows : pad(rows, rows.size() + 1, empty);
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String key(String name) {
        return name == null ? "" : name.strip();
    }

    /** State ownership as the form's choice: {@code true}, {@code false}, or empty for not known. */
    private static String tri(Boolean value) {
        return value == null ? "" : value.toString();
    }
}
