package nl.eisenwijzer.oscal;

import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.oscal.OscalModel.Add;
import nl.eisenwijzer.oscal.OscalModel.Alter;
import nl.eisenwijzer.oscal.OscalModel.BackMatter;
import nl.eisenwijzer.oscal.OscalModel.Import;
import nl.eisenwijzer.oscal.OscalModel.Metadata;
import nl.eisenwijzer.oscal.OscalModel.Modify;
import nl.eisenwijzer.oscal.OscalModel.Part;
import nl.eisenwijzer.oscal.OscalModel.Profile;
import nl.eisenwijzer.oscal.OscalModel.ProfileDocument;
import nl.eisenwijzer.oscal.OscalModel.Remove;
import nl.eisenwijzer.oscal.OscalModel.Resource;
import nl.eisenwijzer.oscal.OscalModel.Rlink;
import nl.eisenwijzer.oscal.OscalModel.WithIds;
import nl.eisenwijzer.pve.Pve;

/**
 * Lays out a PvE as an OSCAL profile of the catalog. It imports, in PvE order, every requirement a PvE line
 * answers (its sub-points and, for a declaration line, its annex included), and alters each: the catalogue's
 * strength is replaced by the kind the rules gave the line, and properties name the line (and annex) that
 * answers it. The line's reasons (why it applies, why it has its kind, what the buyer changed, why others were
 * merged into it) go on the requirement that leads the line. The buyer's own requirements, not being in the
 * catalog, are back-matter resources with their text. The catalog is imported
 * through a back-matter resource whose link is the catalog's file name ({@link CatalogWriter#fileName}), so a
 * tool resolves the profile against the file next to it.
 */
final class ProfileWriter {

    private static final Text CATALOGUE = Text.of("Eisenwijzer-catalogus ", "Eisenwijzer catalogue ");

    ProfileDocument write(Pve pve) {
        String catalogResource = Uuids.of("catalog-resource", pve.catalogVersion());
        List<String> ids = new ArrayList<>();
        List<Alter> alters = new ArrayList<>();
        List<Resource> own = new ArrayList<>();
        for (Pve.Line line : pve.requirements()) {
            if (line.buyersOwn()) {
                // The buyer's own requirement is not in the catalog, so the profile cannot import it.
                own.add(ownRequirement(pve, line));
                continue;
            }
            for (String id : line.satisfies()) {
                ids.add(Tokens.of(id));
                alters.add(alter(line, id, line.id().equals(id) ? reasons(line) : List.of(), null));
            }
            line.items().forEach(item -> {
                ids.add(Tokens.of(item.id()));
                alters.add(alter(line, item.id(), List.of(), null));
            });
            pve.annexEntries(line).forEach(entry -> {
                ids.add(Tokens.of(entry.id()));
                alters.add(alter(line, entry.id(), List.of(), line.annex()));
                entry.items().forEach(item -> {
                    ids.add(Tokens.of(item.id()));
                    alters.add(alter(line, item.id(), List.of(), line.annex()));
                });
            });
        }
        Metadata metadata = new Metadata(OscalModel.line(pve.title()), Timestamps.of(pve.profile().referenceDate()),
                pve.catalogVersion(), OscalModel.OSCAL_VERSION, List.of(),
                new Props().add("fingerprint", pve.fingerprint())
                        .add("reference-date", pve.profile().referenceDate())
                        .add("organisation", pve.profile().organisation())
                        .add("language", pve.language())
                        .list(),
                null);
        Resource catalog = new Resource(catalogResource, CATALOGUE.in(pve.language()) + pve.catalogVersion(), null,
                new Props().add("catalog-version", pve.catalogVersion()).list(),
                List.of(new Rlink(CatalogWriter.fileName(pve.catalogVersion()), OscalModel.MEDIA_TYPE)));
        List<Resource> resources = new ArrayList<>();
        resources.add(catalog);
        resources.addAll(own);
        String uuid = Uuids.of("profile", pve.fingerprint(), pve.language().wire(), pve.grouped() ? "grouped" : "flat");
        return new ProfileDocument(new Profile(uuid, metadata,
                List.of(new Import("#" + catalogResource, List.of(new WithIds(ids)))),
                new Modify(alters), new BackMatter(resources)));
    }

    /**
     * An alter for one requirement the line answers: the catalogue's strength gives way to the line's kind.
     *
     * @param annex the declaration line's annex the requirement stands in; {@code null} for one on the line
     */
    private static Alter alter(Pve.Line line, String requirementId, List<Part> reasons, String annex) {
        Props props = new Props().add("kind", line.kind()).add("pve-line", line.id());
        if (line.weight() != null) {
            props.add("weight", line.weight());
        }
        if (annex != null) {
            props.add("pve-annex", annex);
        }
        return new Alter(Tokens.of(requirementId), List.of(new Remove("strength")), List.of(new Add("ending", props.list(), reasons)));
    }

    /** The buyer's own requirement as a back-matter resource: its text, kind and the reasons, with the line id. */
    private static Resource ownRequirement(Pve pve, Pve.Line line) {
        Props props = new Props().add("pve-line", line.id()).add("kind", line.kind()).add("domain", line.domain());
        if (line.weight() != null) {
            props.add("weight", line.weight());
        }
        return new Resource(Uuids.of("own-requirement", pve.fingerprint(), line.id()), OscalModel.line(line.title()),
                line.text(), props.list(), List.of());
    }

    private static List<Part> reasons(Pve.Line line) {
        List<Part> parts = new ArrayList<>();
        line.reasons().forEach(reason -> parts.add(reason("selection-reason", reason)));
        line.kindReasons().forEach(reason -> parts.add(reason("kind-reason", reason)));
        line.tailoring().forEach(reason -> parts.add(reason("tailoring", reason)));
        line.mergeReasons().forEach(reason -> parts.add(reason("merge-reason", reason)));
        return parts;
    }

    private static Part reason(String name, Pve.Reason reason) {
        return new Part(null, name, OscalModel.NS, null, null, new Props().add("rule", reason.rule()).list(),
                reason.explanation(), null);
    }
}
