package nl.eisenwijzer.oscal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.CatalogInfo;
import nl.eisenwijzer.catalog.Framework;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.catalog.Source;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.oscal.OscalModel.CatalogDocument;
import nl.eisenwijzer.oscal.OscalModel.Control;
import nl.eisenwijzer.oscal.OscalModel.ControlCatalog;
import nl.eisenwijzer.oscal.OscalModel.Group;
import nl.eisenwijzer.oscal.OscalModel.Link;
import nl.eisenwijzer.oscal.OscalModel.Metadata;
import nl.eisenwijzer.oscal.OscalModel.Param;
import nl.eisenwijzer.oscal.OscalModel.Part;
import nl.eisenwijzer.oscal.OscalModel.Revision;

/**
 * Lays out the whole catalogue as an OSCAL catalog: a group per framework, in the order of
 * {@code frameworks.yaml}, holding a control per requirement, in catalogue order. Texts are laid out as
 * {@link Bilingual} says; thresholds become parameters, mappings links to the mapped control.
 */
final class CatalogWriter {

    private static final Text TITLE = Text.of("Eisenwijzer-eisencatalogus", "Eisenwijzer requirements catalogue");
    private static final Text LAYOUT = Text.of(
            "Titels en teksten zijn Nederlands. Een onderdeel 'translation' (klasse 'en') geeft het Engels van de titel"
                    + " en tekst van het object waarin het staat. Eigenschappen en onderdelen in de namespace "
                    + OscalModel.NS + " zijn die van Eisenwijzer; 'label' is het id van de eis in de catalogus. Een link"
                    + " naar een andere control heeft als rel de relatie van de mapping (equivalent, subset, superset,"
                    + " intersects), gelezen vanaf deze control.",
            "Titles and texts are Dutch. A part 'translation' (class 'en') gives the English of the title and text of"
                    + " the object it is in. Properties and parts in the namespace " + OscalModel.NS + " are"
                    + " Eisenwijzer's; 'label' is the requirement's id in the catalogue. A link to another control has"
                    + " the mapping's relationship as its rel (equivalent, subset, superset, intersects), read from"
                    + " this control's side.");

    private final Catalog catalog;

    CatalogWriter(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The file name under which the catalog of a catalogue version is published, and profiles import it. */
    static String fileName(String catalogVersion) {
        return "eisenwijzer-catalog-" + catalogVersion + ".oscal.json";
    }

    /** The id of a requirement's statement part: what a finding in assessment-results points at. */
    static String statementId(String requirementId) {
        return Tokens.of(requirementId) + "_smt";
    }

    CatalogDocument write() {
        CatalogInfo info = catalog.info();
        Metadata metadata = new Metadata(TITLE.nl() + " / " + TITLE.en(), Timestamps.of(info.released()),
                info.version(), OscalModel.OSCAL_VERSION, info.changelog().stream().map(CatalogWriter::revision).toList(),
                new Props().add("catalog-id", info.id()).add("digest", catalog.digest()).list(),
                LAYOUT.nl() + "\n\n" + LAYOUT.en());
        Map<String, List<Control>> controlsByFramework = new LinkedHashMap<>();
        for (Requirement requirement : catalog.requirements()) {
            controlsByFramework.computeIfAbsent(requirement.framework(), k -> new ArrayList<>()).add(control(requirement));
        }
        List<Group> groups = catalog.frameworks().stream()
                .map(framework -> group(framework, controlsByFramework.getOrDefault(framework.id(), List.of())))
                .toList();
        return new CatalogDocument(new ControlCatalog(Uuids.of("catalog", info.id(), catalog.digest()), metadata, groups));
    }

    private static Revision revision(CatalogInfo.Release release) {
        return new Revision(Timestamps.of(release.released()), release.version(),
                bullets(release.changes().stream().map(Text::nl).toList()) + "\n\n"
                        + bullets(release.changes().stream().map(Text::en).toList()));
    }

    private static String bullets(Collection<String> lines) {
        return lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
    }

    private static Group group(Framework framework, List<Control> controls) {
        List<Part> parts = new ArrayList<>();
        parts.add(Bilingual.translation(framework.name().en(), null));
        if (framework.licence() != null) {
            parts.add(new Part(null, "licence", OscalModel.NS, null, null, null, framework.licence(), null));
        }
        if (framework.note() != null) {
            parts.add(Bilingual.part(null, "note", OscalModel.NS, framework.note()));
        }
        return new Group(Tokens.of(framework.id()), "framework", OscalModel.line(framework.name().nl()),
                new Props().label(framework.id()).add("version", framework.version()).add("publisher", framework.publisher())
                        .addEach("group", framework.groups()).list(),
                framework.url() == null ? List.of() : List.of(new Link(framework.url(), "reference", null)),
                parts, controls);
    }

    private static Control control(Requirement requirement) {
        String id = Tokens.of(requirement.id());
        Props props = new Props().label(requirement.id())
                .add("framework", requirement.framework())
                .add("domain", requirement.domain())
                .add("strength", requirement.strength())
                .add("subject", requirement.subject() == null ? null : requirement.subject().wire())
                .add("topic", requirement.topic())
                .add("part-of", requirement.partOf())
                .addEach("evidence", requirement.evidence())
                .addEach("group", requirement.groups())
                .addEach("applies-when", requirement.appliesWhen())
                .add("security-level", requirement.securityLevel())
                .addEach("component-type", requirement.componentTypes())
                .add("effective-from", requirement.effectiveFrom());
        List<Link> links = new ArrayList<>();
        links.add(new Link(requirement.source().url(), "reference", sourceText(requirement.source())));
        requirement.mapsTo().forEach(m -> links.add(new Link("#" + Tokens.of(m.id()), m.relationship().wire(), null)));
        List<Part> parts = new ArrayList<>();
        parts.add(Bilingual.part(statementId(requirement.id()), "statement", null, requirement.text()));
        parts.add(Bilingual.translation(OscalModel.line(requirement.title().en()), null));
        if (requirement.note() != null) {
            parts.add(Bilingual.part(id + "_note", "note", OscalModel.NS, requirement.note()));
        }
        return new Control(id, OscalModel.line(requirement.title().nl()), params(id, requirement.parameters()),
                props.list(), links, parts);
    }

    private static String sourceText(Source source) {
        String reference = source.reference() == null || source.reference().isBlank() ? "" : ", " + source.reference();
        return OscalModel.line(source.document() + reference);
    }

    /** The thresholds the rules read, as OSCAL parameters with the catalogue's value (a list gives several). */
    private static List<Param> params(String controlId, Map<String, Object> parameters) {
        return parameters.entrySet().stream()
                .map(p -> new Param(controlId + "_prm_" + Tokens.of(p.getKey()), p.getKey(),
                        (p.getValue() instanceof Collection<?> values ? values.stream() : Stream.of(p.getValue()))
                                .map(value -> OscalModel.line(String.valueOf(value))).toList()))
                .toList();
    }
}
