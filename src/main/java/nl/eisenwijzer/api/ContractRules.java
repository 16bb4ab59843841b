package nl.eisenwijzer.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.natsec.Question;
import nl.eisenwijzer.profile.Tailoring;

/**
 * Makes the OpenAPI document say what the server checks, so that a generated client refuses what the server
 * would refuse: required fields, ranges, patterns and closed objects ({@code additionalProperties: false}) on
 * what a client sends, typed query parameters, and fixed properties where a map's keys are known. The engine's
 * records carry no API annotations; the server's checks live in the readers ({@code ProfileReader},
 * {@code DossierReader}, {@code TailoringValidation}, {@code NatsecAssessor}), and {@code ContractTest} sends
 * every constraint written here to the server to prove it refuses what the document refuses.
 *
 * <p>A rule for a schema or property the document does not have is an error at start-up, so that a renamed
 * field cannot leave its rule behind unnoticed.
 */
final class ContractRules {

    private static final String COUNTRY = "^[A-Z]{2}$";
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(10_000);
    private static final String CRITERION_ID = "[A-Za-z][A-Za-z0-9._-]{0,39}";
    /** Not blank: JSON Schema patterns are not anchored, so this asks for one character that is not a space. */
    private static final String NOT_BLANK = "\\S";

    private final Catalog catalog;
    @SuppressWarnings("rawtypes")
    private Map<String, Schema> schemas;

    ContractRules(Catalog catalog) {
        this.catalog = catalog;
    }

    @SuppressWarnings("rawtypes")
    void apply(OpenAPI openApi) {
        schemas = openApi.getComponents().getSchemas();
        profile();
        dossier();
        requests();
        responses();
        closeRequestSchemas(openApi);
        parameters(openApi);
    }

    private void profile() {
        required("ProcurementProfile", "title", "organisationType", "productTypes");
        property("ProcurementProfile.title", s -> s.pattern(NOT_BLANK));
        property("ProcurementProfile.contractMonths", s -> s.minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(240)));
        property("ProcurementProfile.productTypes", s -> s.minItems(1).uniqueItems(true)
                .description("Ids of GET /catalog/product-types: what is being bought."));
        property("ProcurementProfile.controlMeasures", s -> s.description("Ids of GET /catalog/measures: the control "
                + "measures the buyer imposes after the national-security test."));
        required("Suitability", "ask");
        property("Suitability.ask", s -> s.minItems(1));
        property("SuitabilityInsurance.perClaimEur", s -> s.minimum(BigDecimal.ONE));
        property("SuitabilityInsurance.perYearEur", s -> s.minimum(BigDecimal.ONE));
        property("SuitabilityReferences.withinYears", s -> s.minimum(BigDecimal.ONE).maximum(BigDecimal.TEN));
        property("SuitabilityReferences.minUsersPerYear", s -> s.minimum(BigDecimal.ONE));
        required("AwardPrice", "id", "name", "ceiling", "floor");
        required("AwardPricePoint", "price", "points");
        property("AwardPricePoint.price", ContractRules::euros);
        property("AwardPricePoint.points", s -> s.minimum(BigDecimal.ZERO).maximum(MAX_POINTS));
        required("AwardCriterion", "id", "name", "maxPoints");
        property("AwardCriterion.maxPoints", s -> s.minimum(new BigDecimal("0.01")).maximum(MAX_POINTS));
        for (String schema : List.of("AwardPrice", "AwardCriterion")) {
            property(schema + ".id", s -> s.pattern("^" + CRITERION_ID + "$"));
            property(schema + ".name", s -> s.pattern(NOT_BLANK).maxLength(200));
        }
        property("Award.scale", s -> s.description("An id of catalog/scoring-scales.yaml; five-step when left out."));
        property("Award.tieBreakers", s -> s.uniqueItems(true).description("Criterion ids, asked in order on equal totals; then lot."));
        required("AwardShortlist", "moreThan", "criterion");
        property("AwardShortlist.moreThan", s -> s.minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(1000)));
        required("TailoringExclusion", "id", "justification");
        required("TailoringKindChange", "id", "kind", "justification");
        property("TailoringKindChange.kind", s -> s.setEnum(List.copyOf(Tailoring.CHANGEABLE_KINDS)));
        required("TailoringTextChange", "id", "justification");
        required("TailoringWeightChange", "id", "weight");
        property("TailoringWeightChange.weight", ContractRules::weight);
        required("TailoringOwnRequirement", "id", "kind", "domain", "title", "text", "justification");
        property("TailoringOwnRequirement.id", s -> s.pattern("^" + Tailoring.OWN_ID.pattern() + "$"));
        property("TailoringOwnRequirement.weight", ContractRules::weight);
        property("TailoringOwnRequirement.domain", s -> s.description("An id of GET /catalog/domains."));
        for (String schema : List.of("TailoringExclusion", "TailoringKindChange", "TailoringTextChange",
                "TailoringOwnRequirement")) {
            property(schema + ".justification", s -> s.pattern(NOT_BLANK));
        }
    }

    private void dossier() {
        required("SupplierDossier", "name", "country");
        property("SupplierDossier.name", s -> s.pattern(NOT_BLANK));
        property("SupplierDossier.country", ContractRules::country);
        property("SupplierDossier.price", ContractRules::euros);
        required("ChainParty", "name", "country", "access");
        property("ChainParty.name", s -> s.pattern(NOT_BLANK));
        property("ChainParty.country", ContractRules::country);
        property("ChainParty.access", s -> s.minItems(1));
        required("ControllingParty", "name", "country");
        property("ControllingParty.name", s -> s.pattern(NOT_BLANK));
        property("ControllingParty.country", ContractRules::country);
        required("Certificate", "type", "validUntil");
        property("Certificate.type", s -> s.description("An id of GET /catalog/certificate-types."));
        property("Certificate.holder", s -> s.pattern(NOT_BLANK));
        required("AssuranceReport", "type");
        property("AssuranceReport.type", s -> s.description("An id of GET /catalog/report-types."));
        required("SupportingDocument", "type", "date");
        property("SupportingDocument.type", s -> s.description("An id of GET /catalog/document-types."));
        property("SupportingDocument.country", ContractRules::country);
        property("SupportingDocument.name", s -> s.pattern(NOT_BLANK));
        property("Insurance.perClaim", s -> s.minimum(BigDecimal.ZERO));
        property("Insurance.perYear", s -> s.minimum(BigDecimal.ZERO));
        required("ClientReference", "client", "completed");
        property("ClientReference.client", s -> s.pattern(NOT_BLANK));
        property("ClientReference.users", s -> s.minimum(BigDecimal.ZERO));
        required("Statement", "requirement", "answer");
        property("Statement.requirement", s -> s.description("The id of a PvE line or of a requirement merged into one."));
        property("Statement.evidence", s -> s.description("Ids of GET /catalog/evidence-types the bidder relies on."));
        required("Waiver", "requirement", "justification", "expires");
        property("Waiver.justification", s -> s.pattern(NOT_BLANK));
        required("AnswerInput", "answer", "justification");
        property("AnswerInput.justification", s -> s.pattern(NOT_BLANK));
    }

    private void requests() {
        required("Judgment", "bidder", "criterion", "rating", "motivation");
        property("Judgment.bidder", s -> s.pattern(NOT_BLANK));
        property("Judgment.rating", s -> s.description("A rating of the award's scale; five-step: excellent, good, sufficient, "
                + "moderate, poor."));
        property("Judgment.motivation", s -> s.pattern(NOT_BLANK).maxLength(4000));
        required("DrawResult", "winner", "held");
        required("GapRequest", "procurement", "suppliers");
        property("GapRequest.suppliers", s -> s.minItems(1));
        required("NatsecRequest", "procurement", "supplier");
        property("NatsecRequest.realisableMeasures", s -> s.description("Ids of GET /catalog/measures the buyer can "
                + "realise. Left out or empty, question 3B stays unknown: that no measure is realisable is the officer's conclusion, "
                + "given as answers.q3b with answer false and its justification."));
    }

    /**
     * What every response carries (a generated client then types it as always there), and maps whose keys are
     * known become objects with those properties. Anything else may be left out: the server writes no nulls.
     */
    @SuppressWarnings("rawtypes")
    private void responses() {
        required("Landing", "name", "apiVersion", "catalogVersion", "links");
        required("Pve", "title", "catalogVersion", "fingerprint", "language", "grouped", "summary", "profile", "requirements");
        required("PveLine", "id", "kind", "framework", "domain", "title", "text");
        required("PveReason", "rule", "explanation");
        required("GapReport", "title", "catalogVersion", "fingerprint", "language", "referenceDate", "suppliers");
        required("GapReportSupplierReport", "name", "verdict", "summary");
        required("GapReportReliance", "party", "for", "requirement", "rule", "explanation");
        required("NatsecReport", "title", "catalogVersion", "fingerprint", "language", "referenceDate", "supplier",
                "outcome", "questions", "chain");
        required("NatsecReportQuestionAnswer", "question", "answer", "basis", "derived", "rule");
        required("NatsecReportParty", "name", "role", "country", "assessed");
        Schema answer = new Schema<>().$ref("#/components/schemas/NatsecReportQuestionAnswer");
        ObjectSchema questions = new ObjectSchema();
        questions.description("The answers by question.");
        Arrays.stream(Question.values()).forEach(q -> questions.addProperty(q.wire(), answer));
        schemas.put("NatsecQuestions", questions);
        property("NatsecReport.questions", s -> reference(s, "NatsecQuestions"));
        property("NatsecReportParty.questions", s -> reference(s, "NatsecQuestions"));

        ObjectSchema counts = new ObjectSchema();
        counts.description("How many requirements have each status; every status is listed, zeros too.");
        Arrays.stream(GapStatus.values()).forEach(status -> counts.addProperty(status.name(), new IntegerSchema().minimum(BigDecimal.ZERO)));
        counts.required(Arrays.stream(GapStatus.values()).map(Enum::name).toList());
        schemas.put("GapStatusCounts", counts);
        property("GapReportSupplierReport.summary", s -> reference(s, "GapStatusCounts"));

        schemas.put("RequirementParameters", parameters());
        property("Requirement.parameters", s -> reference(s, "RequirementParameters"));
        property("PveLine.parameters", s -> reference(s, "RequirementParameters"));
    }

    /** An amount in euro: at least a cent, below a trillion. */
    @SuppressWarnings("rawtypes")
    private static Schema euros(Schema schema) {
        return schema.minimum(new BigDecimal("0.01")).maximum(new BigDecimal("999999999999.99"));
    }

    /** The thresholds the catalogue's requirements carry, each typed by the values the catalogue gives it. */
    @SuppressWarnings("rawtypes")
    private Schema parameters() {
        Map<String, Set<String>> types = new java.util.TreeMap<>();
        catalog.requirements().forEach(r -> r.parameters().forEach((name, value) ->
                types.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(jsonType(value))));
        ObjectSchema parameters = new ObjectSchema();
        parameters.description("Thresholds of a requirement (days, months, percentages, amounts), by name; the names and "
                + "types are those of the catalogue this server loaded.");
        types.forEach((name, seen) -> parameters.addProperty(name, seen.size() == 1 ? typed(seen.iterator().next())
                : new Schema<>().description("A number or text")));
        return parameters;
    }

    private static String jsonType(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return "integer";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof List) {
            return "array";
        }
        return "string";
    }

    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        return switch (type) {
            case "integer" -> new IntegerSchema().format("int64");
            case "number" -> new NumberSchema();
            case "boolean" -> new BooleanSchema();
            case "array" -> new ArraySchema().items(new StringSchema());
            default -> new StringSchema();
        };
    }

    /**
     * Everything a client sends is closed: the readers refuse unknown fields. Responses stay open, so that a
     * client generated today keeps reading a response that gains a field in a later minor version.
     */
    @SuppressWarnings("rawtypes")
    private void closeRequestSchemas(OpenAPI openApi) {
        Deque<String> todo = new ArrayDeque<>();
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> references(media.getSchema(), todo));
            }
        }));
        Set<String> closed = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Schema schema = schemas.get(name);
            if (schema == null || !closed.add(name)) {
                continue;
            }
            if (schema.getProperties() != null) {
                schema.setAdditionalProperties(false);
                ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> references(p, todo));
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static void references(Schema schema, Deque<String> todo) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            todo.push(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        references(schema.getItems(), todo);
        if (schema.getAdditionalProperties() instanceof Schema values) {
            references(values, todo);
        }
    }

    /**
     * The query parameters the engine's resources share, typed and with an example: {@code lang} one of nl/en,
     * {@code grouped} a boolean.
     */
    private static void parameters(OpenAPI openApi) {
        openApi.getPaths().values().forEach(item -> item.readOperations().stream()
                .filter(operation -> operation.getParameters() != null)
                .flatMap(operation -> operation.getParameters().stream())
                .forEach(ContractRules::parameter));
    }

    private static void parameter(Parameter parameter) {
        if (EngineParameters.LANG.equals(parameter.getName())) {
            StringSchema schema = new StringSchema();
            schema.setEnum(WireEnum.allowed(Language.class));
            schema.setDefault("nl");
            parameter.schema(schema).example("en");
        } else if (EngineParameters.GROUPED.equals(parameter.getName())) {
            parameter.schema(new BooleanSchema()._default(true)).example(false);
        }
    }

    @SuppressWarnings("rawtypes")
    private static void weight(Schema s) {
        s.minimum(BigDecimal.valueOf(Tailoring.MIN_WEIGHT)).maximum(BigDecimal.valueOf(Tailoring.MAX_WEIGHT));
    }

    @SuppressWarnings("rawtypes")
    private static void country(Schema s) {
        s.pattern(COUNTRY).description("ISO 3166-1 alpha-2 code in capitals (NL, DE, US): one of GET /catalog/countries.");
    }

    @SuppressWarnings("rawtypes")
    private static void reference(Schema s, String name) {
        s.setType(null);
        s.setTypes(null);
        s.setAdditionalProperties(null);
        s.set$ref("#/components/schemas/" + name);
    }

    @SuppressWarnings("rawtypes")
    private void required(String schemaName, String... properties) {
        Schema schema = schema(schemaName);
        for (String property : properties) {
            if (schema.getProperties() == null || !schema.getProperties().containsKey(property)) {
                throw new IllegalStateException("the OpenAPI document has no property " + schemaName + "." + property
                        + " to require");
            }
        }
        List<String> all = new java.util.ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        Arrays.stream(properties).filter(p -> !all.contains(p)).forEach(all::add);
        schema.setRequired(all);
    }

    @SuppressWarnings("rawtypes")
    private void property(String schemaProperty, Consumer<Schema> rule) {
        String schemaName = schemaProperty.substring(0, schemaProperty.indexOf('.'));
        String property = schemaProperty.substring(schemaProperty.indexOf('.') + 1);
        Schema schema = schema(schemaName);
        Object target = schema.getProperties() == null ? null : schema.getProperties().get(property);
        if (!(target instanceof Schema propertySchema)) {
            throw new IllegalStateException("the OpenAPI document has no property " + schemaProperty);
        }
        rule.accept(propertySchema);
    }

    @SuppressWarnings("rawtypes")
    private Schema schema(String name) {
        Schema schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalStateException("the OpenAPI document has no schema " + name);
        }
        return schema;
    }
}
