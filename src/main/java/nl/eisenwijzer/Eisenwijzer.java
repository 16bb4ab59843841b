package nl.eisenwijzer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.CatalogLoader;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.profile.ProfileReader;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.pve.PveBuilder;
import nl.eisenwijzer.rules.RuleBase;
import nl.eisenwijzer.sources.SourceSet;

/**
 * The engine: catalogue and compiled rules, loaded once, and the operations the CLI and the web API offer
 * on them. Thread-safe; each operation runs in its own rule session.
 */
public final class Eisenwijzer {

    private final Catalog catalog;
    private final RuleBase rules;
    private final ProfileReader profiles;
    private final PveBuilder pve;
    private final nl.eisenwijzer.gap.GapAssessor gaps;
    private final nl.eisenwijzer.natsec.NatsecAssessor natsec;
    private final nl.eisenwijzer.documents.Documents documents;

    public Eisenwijzer(Catalog catalog, RuleBase rules, Clock clock) {
        this.catalog = catalog;
        this.rules = rules;
        this.profiles = new ProfileReader(catalog, clock);
        this.pve = new PveBuilder(catalog, rules);
        this.gaps = new nl.eisenwijzer.gap.GapAssessor(catalog, rules, pve);
        this.natsec = new nl.eisenwijzer.natsec.NatsecAssessor(catalog, rules, gaps.dossierReader());
        this.documents = new nl.eisenwijzer.documents.Documents(catalog);
    }

    /**
     * Loads catalogue and rules from the given directories (or {@code ./catalog}, {@code ./rules}, or the
     * copies in the jar when none are given). Throws {@link nl.eisenwijzer.sources.SourceException} with
     * file and line when either is broken.
     */
    public static Eisenwijzer load(List<Path> catalogDirs, List<Path> rulesDirs) {
        Catalog catalog = CatalogLoader.load(SourceSet.resolve("catalog", catalogDirs));
        if (catalog.roadmap() == null) {
            throw new nl.eisenwijzer.sources.SourceException("catalog: roadmap.yaml is missing; gap reports need its "
                    + "remediation phases (see the bundled catalog/roadmap.yaml)");
        }
        if (catalog.natsec().countries().isEmpty() || catalog.natsec().measures().isEmpty()) {
            throw new nl.eisenwijzer.sources.SourceException("catalog: countries.yaml, risks.yaml and measures.yaml are "
                    + "needed by the national-security test (see the bundled catalog/)");
        }
        RuleBase rules = RuleBase.compile(SourceSet.resolve("rules", rulesDirs));
        return new Eisenwijzer(catalog, rules, Clock.systemDefaultZone());
    }

    public Catalog catalog() {
        return catalog;
    }

    public RuleBase rules() {
        return rules;
    }

    public ProcurementProfile readProfile(String content, Format format) {
        return profiles.read(content, format);
    }

    /** Reads the evaluation committee's judgments (YAML or JSON) strictly; what they name is checked with the dossiers. */
    public nl.eisenwijzer.award.Evaluation readEvaluation(String content, Format format) {
        return nl.eisenwijzer.input.StrictReader.read(content, format, nl.eisenwijzer.award.Evaluation.class);
    }

    public ProfileReader profileReader() {
        return profiles;
    }

    public Pve pve(ProcurementProfile profile, Language language) {
        return pve.build(profile, language);
    }

    /** @param grouped whether requirements that one answer serves share a PvE line */
    public Pve pve(ProcurementProfile profile, Language language, boolean grouped) {
        return pve.build(profile, language, grouped);
    }

    public PveBuilder pveBuilder() {
        return pve;
    }

    /** The national-security test over a bidder and its chain. */
    public nl.eisenwijzer.natsec.NatsecAssessor natsec() {
        return natsec;
    }

    /** Every document format of a PvE, a gap report and a national-security report, for this catalogue. */
    public nl.eisenwijzer.documents.Documents documents() {
        return documents;
    }

    /** Supplier gap reports against the PvE of a profile. */
    public nl.eisenwijzer.gap.GapAssessor gaps() {
        return gaps;
    }
}
