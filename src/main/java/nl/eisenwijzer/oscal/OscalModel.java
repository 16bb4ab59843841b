package nl.eisenwijzer.oscal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The part of the OSCAL 1.1 JSON model that Eisenwijzer writes, as records whose components follow the order
 * of the OSCAL schema. Nulls and empty lists are left out, because every OSCAL array holds at least one item.
 * Timestamps are strings, already in OSCAL's form ({@link Timestamps}).
 */
final class OscalModel {

    /** The OSCAL model version of the schema the documents are validated against. */
    static final String OSCAL_VERSION = "1.1.2";

    /** The namespace of Eisenwijzer's own property and part names, so they cannot clash with OSCAL's. */
    static final String NS = "https://eisenwijzer.nl/ns/oscal";

    /** The media type OSCAL asks for its JSON documents. */
    static final String MEDIA_TYPE = "application/oscal+json";

    private OscalModel() {
    }

    /**
     * Text for a one-line OSCAL field (a title, a property value): runs of whitespace, line breaks included,
     * become one space, and none is left at either end.
     */
    static String line(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Prop(String name, String ns, String value) {

        /** A property in Eisenwijzer's namespace. */
        static Prop of(String name, String value) {
            return new Prop(name, NS, line(value));
        }

        /** A property whose name OSCAL itself defines, such as {@code label}. */
        static Prop oscal(String name, String value) {
            return new Prop(name, null, value);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Link(String href, String rel, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Part(String id, String name, String ns, @JsonProperty("class") String className, String title,
            List<Prop> props, String prose, List<Part> parts) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Param(String id, String label, List<String> values) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Control(String id, String title, List<Param> params, List<Prop> props, List<Link> links, List<Part> parts) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Group(String id, @JsonProperty("class") String className, String title, List<Prop> props, List<Link> links,
            List<Part> parts, List<Control> controls) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Revision(String published, String version, String remarks) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Metadata(String title, @JsonProperty("last-modified") String lastModified, String version,
            @JsonProperty("oscal-version") String oscalVersion, List<Revision> revisions, List<Prop> props,
            String remarks) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Rlink(String href, @JsonProperty("media-type") String mediaType) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"uuid", "title", "description", "props", "rlinks"})
    record Resource(String uuid, String title, String description, List<Prop> props, List<Rlink> rlinks) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record BackMatter(List<Resource> resources) {
    }

    // The catalog model

    record CatalogDocument(ControlCatalog catalog) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ControlCatalog(String uuid, Metadata metadata, List<Group> groups) {
    }

    // The profile model

    record ProfileDocument(Profile profile) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Profile(String uuid, Metadata metadata, List<Import> imports, Modify modify,
            @JsonProperty("back-matter") BackMatter backMatter) {
    }

    record Import(String href, @JsonProperty("include-controls") List<WithIds> includeControls) {
    }

    record WithIds(@JsonProperty("with-ids") List<String> withIds) {
    }

    record Modify(List<Alter> alters) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Alter(@JsonProperty("control-id") String controlId, List<Remove> removes, List<Add> adds) {
    }

    record Remove(@JsonProperty("by-name") String byName) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Add(String position, List<Prop> props, List<Part> parts) {
    }

    // The assessment-results model

    record AssessmentResultsDocument(@JsonProperty("assessment-results") AssessmentResults assessmentResults) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record AssessmentResults(String uuid, Metadata metadata, @JsonProperty("import-ap") ImportAp importAp,
            List<Result> results, @JsonProperty("back-matter") BackMatter backMatter) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ImportAp(String href, String remarks) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Result(String uuid, String title, String description, String start, List<Prop> props,
            @JsonProperty("reviewed-controls") ReviewedControls reviewedControls, List<Observation> observations,
            List<Finding> findings, String remarks) {
    }

    record ReviewedControls(@JsonProperty("control-selections") List<ControlSelection> controlSelections) {
    }

    record ControlSelection(@JsonProperty("include-controls") List<SelectControl> includeControls) {
    }

    record SelectControl(@JsonProperty("control-id") String controlId) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Observation(String uuid, String title, String description, List<Prop> props, List<String> methods,
            @JsonProperty("relevant-evidence") List<RelevantEvidence> relevantEvidence, String collected,
            String expires, String remarks) {
    }

    record RelevantEvidence(String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Finding(String uuid, String title, String description, List<Prop> props, Target target,
            @JsonProperty("related-observations") List<RelatedObservation> relatedObservations) {
    }

    record Target(String type, @JsonProperty("target-id") String targetId, Status status) {
    }

    record Status(String state) {
    }

    record RelatedObservation(@JsonProperty("observation-uuid") String observationUuid) {
    }
}
