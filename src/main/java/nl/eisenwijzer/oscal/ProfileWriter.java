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
 * answers, and alters each: the catalogue's obligation is replaced by the one the rules gave the line, and a
 * property names the line that answers it. The line's reasons (why it applies, why it is a requirement or a
 * wish, why others were merged into it) go on the requirement that leads the line. The catalog is imported
 * through a back-matter resource whose link is the catalog's file name ({@link CatalogWriter#fileName}), so a
 * tool resolves the profile against the file next to it.
 */
final class ProfileWriter {

    private static final Text CATALOGUE = Text.of("Eisenwijzer-catalogus ", "Eisenwijzer catalogue ");

    ProfileDocument write(Pve pve) {
        String catalogResource = Uuids.of("catalog-resource", pve.catalogVersion());
        List<String> ids = new ArrayList<>();
        List<Alter> alters = new ArrayList<>();
        for (Pve.Line line : pve.requirements()) {
            for (String id : line.satisfies()) {
                ids.add(Tokens.of(id));
                alters.add(alter(line, id));
            }
        }
        Metadata metadata = new Metadata(OscalModel.line(pve.title()), Timestamps.of(pve.profile().referenceDate()),
                pve.catalogVersion(), OscalModel.OSCAL_VERSION, List.of(),
                new Props().add("fingerprint", pve.fingerprint())
                        .add("reference-date", pve.profile().referenceDate())
                        .add("organisation", pve.profile().organisation())
                        .add("language", pve.language())
                        .list(),
                null);
        Resource catalog = new Resource(catalogResource, CATALOGUE.in(pve.language()) + pve.catalogVersion(),
                new Props().add("catalog-version", pve.catalogVersion()).list(),
                List.of(new Rlink(CatalogWriter.fileName(pve.catalogVersion()), OscalModel.MEDIA_TYPE)));
        String uuid = Uuids.of("profile", pve.fingerprint(), pve.language().wire(), pve.grouped() ? "grouped" : "flat");
        return new ProfileDocument(new Profile(uuid, metadata,
                List.of(new Import("#" + catalogResource, List.of(new WithIds(ids)))),
                new Modify(alters), new BackMatter(List.of(catalog))));
    }

    private static Alter alter(Pve.Line line, String requirementId) {
        List<Part> reasons = line.id().equals(requirementId) ? reasons(line) : List.of();
        return new Alter(Tokens.of(requirementId), List.of(new Remove("obligation")),
                List.of(new Add("ending", new Props().add("obligation", line.obligation()).add("pve-line", line.id()).list(),
                        reasons)));
    }

    private static List<Part> reasons(Pve.Line line) {
        List<Part> parts = new ArrayList<>();
        line.reasons().forEach(reason -> parts.add(reason("selection-reason", reason)));
        line.obligationReasons().forEach(reason -> parts.add(reason("obligation-reason", reason)));
        line.mergeReasons().forEach(reason -> parts.add(reason("merge-reason", reason)));
        return parts;
    }

    private static Part reason(String name, Pve.Reason reason) {
        return new Part(null, name, OscalModel.NS, null, null, new Props().add("rule", reason.rule()).list(),
                reason.explanation(), null);
    }
}
