package nl.eisenwijzer.gap;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.EvidenceType;
import nl.eisenwijzer.catalog.ProductType;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;

/**
 * Reads a supplier dossier (YAML or JSON) and rejects what the rules could not judge fairly: unknown evidence
 * types, dates that do not parse or contradict each other, statements and waivers for requirements that are
 * not in the PvE. Every error names the field as a path ({@code statements[2].requirement}) and, where the
 * values form a closed set, the allowed ones. Nothing read here is logged.
 */
public final class DossierReader {

    private final Catalog catalog;

    public DossierReader(Catalog catalog) {
        this.catalog = catalog;
    }

    public SupplierDossier read(String content, Format format) {
        return StrictReader.read(content, format, SupplierDossier.class);
    }

    /**
     * Checks a dossier against the catalogue and the PvE it answers.
     *
     * @param pveRequirements every requirement id in the PvE (line leads and the requirements merged into them)
     */
    public SupplierDossier validate(SupplierDossier d, Set<String> pveRequirements) {
        return validate(d, pveRequirements, java.util.Map.of());
    }

    /**
     * As {@link #validate(SupplierDossier, Set)}, naming the declaration line to answer on when a statement or
     * waiver names a requirement that stands in an annex.
     *
     * @param annexedOn for each requirement in an annex, the id of the declaration line whose annex holds it
     */
    public SupplierDossier validate(SupplierDossier d, Set<String> pveRequirements, java.util.Map<String, String> annexedOn) {
        validateParties(d);
        price(d.price());
        for (int i = 0; i < d.certificates().size(); i++) {
            Certificate c = d.certificates().get(i);
            String at = "certificates[" + i + "]";
            evidenceType(at + ".type", c.type(), EvidenceType.Form.CERTIFICATE);
            required(at + ".validUntil", c.validUntil());
            if (c.issued() != null && c.validUntil().isBefore(c.issued())) {
                throw new InvalidInputException(at + ".validUntil", "field '" + at + ".validUntil' (" + c.validUntil()
                        + ") is before '" + at + ".issued' (" + c.issued() + ")");
            }
            productTypes(at + ".coversServices", c.coversServices());
            reliedOn(at, c, d.name());
        }
        for (int i = 0; i < d.reports().size(); i++) {
            AssuranceReport r = d.reports().get(i);
            String at = "reports[" + i + "]";
            EvidenceType type = evidenceType(at + ".type", r.type(), EvidenceType.Form.REPORT);
            if ((r.periodStart() == null) != (r.periodEnd() == null)) {
                throw new InvalidInputException(at + (r.periodStart() == null ? ".periodStart" : ".periodEnd"),
                        "fields '" + at + ".periodStart' and '" + at + ".periodEnd' go together");
            }
            if (r.periodStart() != null && r.periodEnd().isBefore(r.periodStart())) {
                throw new InvalidInputException(at + ".periodEnd", "field '" + at + ".periodEnd' (" + r.periodEnd()
                        + ") is before '" + at + ".periodStart' (" + r.periodStart() + ")");
            }
            if (type.countedFrom() != null && r.countedFrom(type.countedFrom()) == null) {
                String field = type.countedFrom() == EvidenceType.CountedFrom.ISSUED ? "issued" : "periodEnd";
                throw new InvalidInputException(at + "." + field, "field '" + at + "." + field + "' is required for a "
                        + r.type() + ": its validity counts from that date");
            }
            if (isBridge(r.type())) {
                required(at + ".periodEnd", r.periodEnd());
            }
            productTypes(at + ".coversServices", r.coversServices());
        }
        for (int i = 0; i < d.documents().size(); i++) {
            SupportingDocument doc = d.documents().get(i);
            String at = "documents[" + i + "]";
            EvidenceType type = evidenceType(at + ".type", doc.type(), EvidenceType.Form.DOCUMENT);
            required(at + ".date", doc.date());
            standsIn(at, doc, type);
        }
        if (d.insurance() != null) {
            // Without a policy, only the statement to take one out on award says anything about insurance.
            if (!d.insurance().hasPolicy() && !d.insurance().takesOutOnAward()) {
                throw new InvalidInputException("insurance.perClaim", "field 'insurance.perClaim' is required: the policy's "
                        + "cover per claim in euro, 0 or more, unless 'insurance.willTakeOutOnAward' is true");
            }
            if (d.insurance().hasPolicy()) {
                amount("insurance.perClaim", d.insurance().perClaim());
                amount("insurance.perYear", d.insurance().perYear());
            }
        }
        for (int i = 0; i < d.references().size(); i++) {
            ClientReference r = d.references().get(i);
            String at = "references[" + i + "]";
            if (r.client() == null || r.client().isBlank()) {
                throw new InvalidInputException(at + ".client", "field '" + at + ".client' is required");
            }
            required(at + ".completed", r.completed());
            if (r.users() != null && r.users() < 0) {
                throw new InvalidInputException(at + ".users", "field '" + at + ".users' cannot be negative");
            }
        }
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < d.statements().size(); i++) {
            Statement s = d.statements().get(i);
            String at = "statements[" + i + "]";
            inPve(at + ".requirement", s.requirement(), pveRequirements, annexedOn);
            if (!answered.add(s.requirement())) {
                throw new InvalidInputException(at + ".requirement", "field '" + at + ".requirement': " + s.requirement()
                        + " is answered twice; give one statement per requirement");
            }
            if (s.answer() == null) {
                throw InvalidInputException.notAllowed(at + ".answer", "null", nl.eisenwijzer.input.WireEnum.allowed(Answer.class));
            }
            for (int e = 0; e < s.evidence().size(); e++) {
                String type = s.evidence().get(e);
                if (type == null || !catalog.evidenceTypesById().containsKey(type)) {
                    throw InvalidInputException.notAllowed(at + ".evidence[" + e + "]", type, evidenceIds(null));
                }
            }
        }
        for (int i = 0; i < d.waivers().size(); i++) {
            Waiver w = d.waivers().get(i);
            String at = "waivers[" + i + "]";
            inPve(at + ".requirement", w.requirement(), pveRequirements, annexedOn);
            if (w.justification() == null || w.justification().isBlank()) {
                throw new InvalidInputException(at + ".justification", "field '" + at + ".justification' is required: "
                        + "say why the buyer accepts the exception");
            }
            required(at + ".expires", w.expires());
        }
        return d;
    }

    /**
     * Checks who the bidder is and who is in its chain (ownership, subcontractors, components): names present
     * and unique across the chain, since answers and reports refer to parties by name; countries ISO codes.
     */
    public SupplierDossier validateParties(SupplierDossier d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new InvalidInputException("name", "field 'name' is required: the bidder's name");
        }
        country("country", d.country());
        Set<String> names = new HashSet<>();
        names.add(d.name().strip());
        owners("ownership", d.ownership());
        chain("subcontractors", d.subcontractors(), names);
        chain("components", d.components(), names);
        return d;
    }

    private void chain(String list, List<ChainParty> parties, Set<String> names) {
        for (int i = 0; i < parties.size(); i++) {
            ChainParty p = parties.get(i);
            String at = list + "[" + i + "]";
            if (p == null) {
                throw new InvalidInputException(at, "field '" + at + "': a party is expected, not null");
            }
            if (p.name() == null || p.name().isBlank()) {
                throw new InvalidInputException(at + ".name", "field '" + at + ".name' is required");
            }
            if (!names.add(p.name().strip())) {
                throw new InvalidInputException(at + ".name", "field '" + at + ".name': '" + p.name() + "' appears twice in "
                        + "the chain; give each party its own name (answers and reports refer to parties by name)");
            }
            country(at + ".country", p.country());
            if (p.access().isEmpty()) {
                throw new InvalidInputException(at + ".access", "field '" + at + ".access' needs at least one kind of access; "
                        + "allowed values: " + String.join(", ", nl.eisenwijzer.input.WireEnum.allowed(ChainAccess.class)),
                        nl.eisenwijzer.input.WireEnum.allowed(ChainAccess.class));
            }
            if (p.access().contains(ChainAccess.NONE) && p.access().size() > 1) {
                throw new InvalidInputException(at + ".access", "field '" + at + ".access': 'none' cannot be combined with "
                        + "other kinds of access", nl.eisenwijzer.input.WireEnum.allowed(ChainAccess.class));
            }
            owners(at + ".ownership", p.ownership());
        }
    }

    private void owners(String list, List<ControllingParty> owners) {
        for (int i = 0; i < owners.size(); i++) {
            ControllingParty o = owners.get(i);
            String at = list + "[" + i + "]";
            if (o == null || o.name() == null || o.name().isBlank()) {
                throw new InvalidInputException(at + ".name", "field '" + at + ".name' is required: the controlling party");
            }
            country(at + ".country", o.country());
        }
    }

    /** The catalogue's countries (countries.yaml, ISO 3166-1 alpha-2): the national-security test needs their facts. */
    private void country(String field, String code) {
        if (code == null || !catalog.countriesByCode().containsKey(code)) {
            throw new InvalidInputException(field, "field '" + field + "' must be an ISO 3166 alpha-2 code in capitals, "
                    + "such as NL, DE or US" + (code == null ? "; it is missing" : "; got '" + code + "'"),
                    List.copyOf(catalog.countriesByCode().keySet()));
        }
    }

    /**
     * Another party's certificate names the party and what the bidder relies on it for, both or neither; the
     * bidder's own certificate names neither.
     */
    private static void reliedOn(String at, Certificate c, String bidder) {
        List<String> allowed = nl.eisenwijzer.input.WireEnum.allowed(ReliedOnFor.class);
        if (c.holder() != null && c.holder().isBlank()) {
            throw new InvalidInputException(at + ".holder", "field '" + at + ".holder' is blank: give the name of the "
                    + "party that holds the certificate, or leave the field out for the bidder's own certificate");
        }
        if ((c.holder() == null) != (c.reliedOnFor() == null)) {
            String missing = c.holder() == null ? "holder" : "reliedOnFor";
            throw new InvalidInputException(at + "." + missing, "fields '" + at + ".holder' and '" + at + ".reliedOnFor' "
                    + "go together: another party's certificate names that party and what the bidder relies on it for "
                    + "(reliedOnFor, allowed values: " + String.join(", ", allowed) + ")",
                    missing.equals("reliedOnFor") ? allowed : List.of());
        }
        if (c.holder() != null && c.holder().strip().equals(bidder.strip())) {
            throw new InvalidInputException(at + ".holder", "field '" + at + ".holder': '" + c.holder() + "' is the bidder "
                    + "itself; leave holder and reliedOnFor out for the bidder's own certificate");
        }
    }

    /**
     * A document that stands in for a Dutch one (type EQUIVALENT-DOCUMENT or SWORN-STATEMENT) names which one, of the
     * types that may be replaced, and the country that issued it; any other document names neither.
     */
    private void standsIn(String at, SupportingDocument doc, EvidenceType type) {
        List<String> replaceable = catalog.evidenceTypes().stream().filter(EvidenceType::equivalentsAccepted)
                .map(EvidenceType::id).toList();
        if (doc.equivalentOf() == null) {
            if (type.replacesNational()) {
                throw new InvalidInputException(at + ".equivalentOf", "field '" + at + ".equivalentOf' is required for a "
                        + doc.type() + ": the Dutch document it stands in for; allowed values: "
                        + String.join(", ", replaceable), replaceable);
            }
            for (String field : List.of("country", "name")) {
                if ((field.equals("country") ? doc.country() : doc.name()) != null) {
                    throw new InvalidInputException(at + "." + field, "field '" + at + "." + field + "' goes with '" + at
                            + ".equivalentOf': only a document that stands in for a Dutch one names its country and name");
                }
            }
            return;
        }
        if (!type.replacesNational()) {
            List<String> replacing = catalog.evidenceTypes().stream().filter(EvidenceType::replacesNational)
                    .map(EvidenceType::id).toList();
            throw new InvalidInputException(at + ".type", "field '" + at + ".type': a document with '" + at
                    + ".equivalentOf' stands in for a Dutch one, so its type is one of " + String.join(", ", replacing)
                    + ", not " + doc.type(), replacing);
        }
        if (!replaceable.contains(doc.equivalentOf())) {
            throw InvalidInputException.notAllowed(at + ".equivalentOf", doc.equivalentOf(), replaceable);
        }
        country(at + ".country", doc.country());
        if (doc.name() != null && doc.name().isBlank()) {
            throw new InvalidInputException(at + ".name", "field '" + at + ".name' is blank: give what the document is "
                    + "called in " + doc.country() + ", or leave the field out");
        }
    }

    private boolean isBridge(String type) {
        return catalog.evidenceTypes().stream().anyMatch(t -> type.equals(t.bridgedBy()));
    }

    private EvidenceType evidenceType(String field, String id, EvidenceType.Form kind) {
        EvidenceType type = id == null ? null : catalog.evidenceTypesById().get(id);
        if (type == null || type.kind() != kind) {
            throw InvalidInputException.notAllowed(field, id, evidenceIds(kind));
        }
        return type;
    }

    /** Every evidence type (a statement may cite any), or those of one form. */
    private List<String> evidenceIds(EvidenceType.Form kind) {
        return (kind == null ? catalog.evidenceTypes() : catalog.evidenceTypes(kind)).stream().map(EvidenceType::id).toList();
    }

    private void productTypes(String field, List<String> ids) {
        List<String> allowed = catalog.productTypes().stream().map(ProductType::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            if (!catalog.productTypesById().containsKey(ids.get(i))) {
                throw InvalidInputException.notAllowed(field + "[" + i + "]", ids.get(i), allowed);
            }
        }
    }

    private static void inPve(String field, String id, Set<String> pveRequirements, java.util.Map<String, String> annexedOn) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(field, "field '" + field + "' is required: a requirement id from the PvE");
        }
        if (annexedOn.containsKey(id)) {
            throw new InvalidInputException(field, "field '" + field + "': " + id + " stands in the annex of PvE line "
                    + annexedOn.get(id) + ", which is answered as a whole; answer " + annexedOn.get(id) + " instead");
        }
        if (!pveRequirements.contains(id)) {
            throw new InvalidInputException(field, "field '" + field + "': " + id + " is not in the PvE of this purchase; "
                    + "answer the requirements the PvE lists (" + pveRequirements.size() + " ids, e.g. "
                    + String.join(", ", new TreeSet<>(pveRequirements).stream().limit(5).toList()) + ")");
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "field '" + field + "' is required (a date, YYYY-MM-DD)");
        }
    }

    /** A bid price: more than nothing, whole cents, below a trillion euro. */
    private static void price(java.math.BigDecimal price) {
        if (price != null && (price.signum() <= 0 || price.scale() > 2 || price.compareTo(new java.math.BigDecimal("1000000000000")) >= 0)) {
            throw new InvalidInputException("price", "field 'price' (" + price.toPlainString() + ") is out of range; allowed: an "
                    + "amount in euro above 0 and below 1,000,000,000,000, at most two decimals");
        }
    }

    private static void amount(String field, Long value) {
        if (value == null || value < 0) {
            throw new InvalidInputException(field, "field '" + field + "' is required: an amount in euro, 0 or more");
        }
    }
}
