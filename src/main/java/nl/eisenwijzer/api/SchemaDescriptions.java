package nl.eisenwijzer.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the fields of the request and response bodies mean, for the OpenAPI document. The records are generated
 * into schemas from the engine's classes, which carry no API annotations; the words for a tender-drafting tool
 * are kept here, in the API layer. A description for a schema or property the document does not have is an
 * error at start-up, so that a renamed field cannot leave its description behind unnoticed.
 */
final class SchemaDescriptions {

    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        describe("ProcurementProfile.cbwEntity", "Whether the buyer is an essential or important entity under the "
                + "Cyberbeveiligingswet (Dutch NIS2 law). Left out, the rules derive it from organisationType (government "
                + "bodies are in scope); NIS2/Cbw supply-chain lines come only for an entity in scope.");
        describe("ProcurementProfile.documentExchange", "The solution stores or exchanges office documents: brings the "
                + "ODF and PDF/A open standards.");
        describe("ProcurementProfile.electronicSignatures", "The solution signs or seals documents electronically: brings "
                + "the AdES Baseline Profiles.");
        describe("ProcurementProfile.wireless", "The solution includes wireless networking or radio equipment: brings "
                + "WPA3 and the Radio Equipment Directive's cybersecurity requirements.");
        describe("ProcurementProfile.suitability", "The suitability requirements (geschiktheidseisen) the tender asks of "
                + "the bidder, with the buyer's thresholds. Left out, the PvE has no suitability lines.");
        describe("ProcurementProfile.tailoring", "The buyer's changes to the PvE the rules built, each with its "
                + "justification, applied by the rules after kind and grouping and shown on the line in every format "
                + "(\"aangepast door opdrachtgever: <reason>\"). The fingerprint covers them. A change the rules cannot "
                + "apply is a 400 naming the field; leaving out or softening a line the law asks carries a warning.");
        describe("Tailoring.exclude", "Leave out a line (with everything answered on it), or one requirement, sub-point "
                + "or annex entry of a line. The justification is required.");
        describe("Tailoring.kind", "Ask a line as another kind: eis, wens or contractvoorwaarde. A suitability "
                + "requirement cannot change kind. The justification is required.");
        describe("Tailoring.text", "Replace the text of a line in nl, en or both; the catalogue's text stays in the "
                + "line's originalText. The justification is required.");
        describe("Tailoring.weight", "Set the weight (1 to 10) of a wish as an award criterion.");
        describe("Tailoring.add", "Add a requirement of the buyer's own: an id PREFIX-NN that is not a catalogue id, its "
                + "kind, domain, title and text. The justification is required.");
        describe("TailoringOwnRequirement.id", "The buyer's own id, PREFIX-NN (e.g. VLS-01); not a catalogue id.");
        describe("PveLine.kind", "The kind of the line, decided by the rules (or the buyer's tailoring): eis (knock-out "
                + "on the offer, checked at award), wens (award criterion, scored by its weight), contractvoorwaarde "
                + "(what the contractor does during the contract: accepted by bidding, verified after award), "
                + "geschiktheidseis (suitability of the bidder itself). kindReasons says why.");
        describe("PveLine.strength", "How strongly the source puts the leading requirement (MUST or SHOULD), beside the "
                + "kind; absent for the buyer's own requirement.");
        describe("PveLine.weight", "For a wish: its weight as an award criterion, 1 to 10.");
        describe("PveLine.items", "Sub-points: requirements that detail the one on this line (a BIO2 government "
                + "measure, an element of the processor agreement), answered with the line.");
        describe("PveLine.annex", "For a declaration line (a framework that applies as a whole): the id of its annex in "
                + "annexes.");
        describe("PveLine.satisfies", "Every catalogue requirement this line answers: its own id first, then the "
                + "requirements of other frameworks on the same topic.");
        describe("PveLine.verification", "For a contract condition: how it is verified after award.");
        describe("PveLine.legalBasis", "The law that asks this line, where a law does.");
        describe("PveLine.originalText", "The catalogue's text, where the buyer's tailoring replaced it.");
        describe("PveLine.tailoring", "What the buyer changed on this line, with the justification.");
        describe("Pve.annexes", "The requirements that declaration lines make applicable as a whole, one annex per line.");
        describe("Pve.warnings", "Tailoring that leaves out or softens what the law asks, naming the law.");
        describe("Statement.answer", "The bidder's answer: complies, partially-complies, does-not-comply or not-applicable. "
                + "API v1 still reads the first codes yes, partial and no as deprecated aliases, judged the same and each "
                + "named under the report's deprecations; API v2 will refuse them, as a YAML 1.1 reader (PyYAML and most "
                + "tools) turns yes and no into booleans. A boolean answer is refused with 400.");
        describe("Certificate.holder", "The party that holds the certificate when it is not the bidder: a party with "
                + "whom the bidder works for hosting or information security (\"verklaring van een derde partij\"). Goes "
                + "with reliedOnFor; left out for the bidder's own certificate. A valid, accredited certificate of an "
                + "accepted or equivalent type whose scope covers the purchase then meets the certificate requirement, "
                + "and the report records the reliance on that party under reliances.");
        describe("Certificate.reliedOnFor", "With holder, required: what the bidder relies on that party for.");
        describe("GapReportSupplierReport.reliances", "The parties whose capacity the bidder relies on to meet a "
                + "requirement (beroep op derden, Aanbestedingswet 2012 art. 2.94), each with the requirement, the rule and "
                + "what the reliance brings: the party's own ESPD, its actual deployment, the bidder's liability. Left out "
                + "when there is none.");
        describe("GapReportReliance.for", "What the bidder relies on the party for: hosting or information-security.");
        describe("Insurance.perClaim", "The policy's cover per claim in euro. Required with perYear, unless "
                + "willTakeOutOnAward is true and there is no policy.");
        describe("Insurance.perYear", "The policy's cover per year in euro. Required with perClaim, unless "
                + "willTakeOutOnAward is true and there is no policy.");
        describe("Insurance.willTakeOutOnAward", "The bidder states unconditionally that it takes out the cover the tender "
                + "asks on award (a boolean). That meets the insurance requirement at award, whatever the present policy "
                + "covers, and the report's roadmap asks for the policy before the contract is signed (beforeSigning).");
        describe("GapReportRoadmap.beforeSigning", "Evidence promised for requirements met at award, asked before the "
                + "contract is signed: the policy of an insurance the bidder states it takes out on award. No due date: "
                + "the signing date is the buyer's to set.");
        describe("SupportingDocument.equivalentOf", "For a document of type EQUIVALENT-DOCUMENT or SWORN-STATEMENT (and only "
                + "those, which require it): the Dutch document it stands in for, one of the evidence types marked "
                + "equivalentsAccepted (GVA, TAX-STATEMENT, KVK-EXTRACT). It counts as that document, under the same age "
                + "limit, only when its country is the bidder's country of establishment and that is not NL; a sworn "
                + "statement only where that country issues no such document, which the buyer checks in e-Certis.");
        describe("SupportingDocument.country", "With equivalentOf, required: the country that issued the document, an ISO "
                + "3166-1 alpha-2 code of GET /catalog/countries. Left out otherwise.");
        describe("SupportingDocument.name", "With equivalentOf, optional: what the document is called in its country "
                + "(\"Führungszeugnis\"), shown in the report. Left out otherwise.");
        describe("GapReport.deprecations", "Every place the input used a deprecated code: the field, the code given, the "
                + "code to use and why, in the report's language. Left out when there is none.");
        describe("EvidenceType.equivalentsAccepted", "A Dutch document (GVA, tax statement, KvK extract) that a bidder "
                + "established in another country may replace by the equivalent document of that country, or by a sworn or "
                + "solemn statement where that country issues none (Directive 2014/24/EU art. 60).");
        describe("EvidenceType.replacesNational", "A type that stands in for such a document (EQUIVALENT-DOCUMENT, "
                + "SWORN-STATEMENT): a dossier document of this type names the document it replaces (equivalentOf) and "
                + "the country that issued it.");
        describe("EvidenceType.equivalentTo", "The evidence type a buyer accepts this one as equivalent to (\"ISO 27001 "
                + "or equivalent\"): NEN 7510 and BSI C5 for ISO 27001.");
        describe("TenderChange.version", "The version this save made; version 1 is the tender's creation.");
        describe("TenderChange.by", "Who saved it: the user's name and account.");
        describe("TenderChange.summary", "What changed in the tender file, field by field in its own terms "
                + "(\"personalData: regular → special\"; + added, − removed), or \"created\" or \"no change\".");
        describe("TenderChange.reason", "Why, as the user gave it when saving; absent when none was given.");
        describe("TenderChange.profile", "The tender file (procurement profile, YAML) as this version saved it.");
    }

    private SchemaDescriptions() {
    }

    private static void describe(String schemaProperty, String description) {
        DESCRIPTIONS.put(schemaProperty, description);
    }

    @SuppressWarnings("rawtypes")
    static void apply(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        DESCRIPTIONS.forEach((key, description) -> {
            String schemaName = key.substring(0, key.indexOf('.'));
            String property = key.substring(key.indexOf('.') + 1);
            Schema schema = schemas == null ? null : schemas.get(schemaName);
            Object target = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(property);
            if (!(target instanceof Schema propertySchema)) {
                throw new IllegalStateException("the OpenAPI document has no property " + key + " to describe");
            }
            propertySchema.setDescription(description);
        });
    }
}
