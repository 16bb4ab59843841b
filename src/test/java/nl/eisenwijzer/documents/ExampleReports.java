package nl.eisenwijzer.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.award.DrawResult;
import nl.eisenwijzer.award.Evaluation;
import nl.eisenwijzer.award.Judgment;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapAssessor;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.natsec.Answers;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.pve.Pve;

/** The bundled examples as reports, built by the real engine: what the document writers are tested on. */
final class ExampleReports {

    static final Eisenwijzer ENGINE = TestEngine.get();
    static final String COMPLIANT = "Veilig Leren B.V.";
    static final String EXCLUDED = "Awareness Partners B.V.";
    static final String CONDITIONAL = "Cyberwijs B.V.";

    private ExampleReports() {
    }

    static ProcurementProfile velsen() throws IOException {
        return ENGINE.readProfile(Files.readString(Path.of("examples/velsen-awareness.yaml")), Format.YAML);
    }

    static Pve velsenPve(Language language) throws IOException {
        return ENGINE.pve(velsen(), language);
    }

    /** The Velsen PvE judged against the named example dossiers (examples/suppliers/velsen-NAME.yaml). */
    static GapReport gap(Language language, String... dossiers) throws IOException {
        GapAssessor gaps = ENGINE.gaps();
        List<SupplierDossier> list = new ArrayList<>();
        for (String name : dossiers) {
            list.add(gaps.dossierReader().read(Files.readString(Path.of("examples/suppliers", "velsen-" + name + ".yaml")), Format.YAML));
        }
        return gaps.assess(gaps.target(velsen(), language), list, language, "suppliers[%d]");
    }

    /** The Velsen award (examples/velsen-award.yaml) for the three example bidders, with the committee's judgments. */
    static GapReport award(Language language) throws IOException {
        return award(language, evaluation(), "compliant", "conditional", "excluded");
    }

    /** The Velsen award for the named example dossiers; {@code evaluation} may be null (nothing judged yet). */
    static GapReport award(Language language, Evaluation evaluation, String... dossiers) throws IOException {
        GapAssessor gaps = ENGINE.gaps();
        List<SupplierDossier> list = new ArrayList<>();
        for (String name : dossiers) {
            list.add(gaps.dossierReader().read(Files.readString(Path.of("examples/suppliers", "velsen-" + name + ".yaml")), Format.YAML));
        }
        return gaps.assess(gaps.target(velsenAward(), language), list, evaluation, language, "suppliers[%d]");
    }

    static ProcurementProfile velsenAward() throws IOException {
        return ENGINE.readProfile(Files.readString(Path.of("examples/velsen-award.yaml")), Format.YAML);
    }

    static Evaluation evaluation() throws IOException {
        return ENGINE.readEvaluation(Files.readString(Path.of("examples/evaluations/velsen-evaluation.yaml")), Format.YAML);
    }

    /**
     * The Velsen award for {@code count} bidders: the three example dossiers in turn, each renamed ("Cyberwijs 4 B.V.")
     * with its own price between the floor and the ceiling, and judged as the committee judged the original.
     */
    static GapReport award(Language language, int count) throws IOException {
        GapAssessor gaps = ENGINE.gaps();
        Evaluation judged = evaluation();
        List<SupplierDossier> list = new ArrayList<>();
        List<Judgment> judgments = new ArrayList<>();
        List<String> sources = List.of("compliant", "conditional", "excluded");
        for (int i = 0; i < count; i++) {
            String yaml = Files.readString(Path.of("examples/suppliers", "velsen-" + sources.get(i % 3) + ".yaml"));
            String original = yaml.lines().filter(l -> l.startsWith("name: ")).findFirst().orElseThrow().substring(6);
            String renamed = original.replace(" B.V.", " " + (i + 1) + " B.V.");
            int price = 150_000 + (i * 7_919) % 30_000;
            list.add(gaps.dossierReader().read(yaml.replace("name: " + original, "name: " + renamed)
                    .replaceFirst("(?m)^price: .*$", "price: " + price), Format.YAML));
            judged.judgments().stream().filter(j -> j.bidder().equals(original))
                    .forEach(j -> judgments.add(new Judgment(renamed, j.criterion(), j.rating(), j.motivation())));
        }
        return gaps.assess(gaps.target(velsenAward(), language), list, new Evaluation(judgments, null), language, "suppliers[%d]");
    }

    /**
     * The Velsen award for two copies of the compliant bidder ("Veilig Leren 1 B.V.", "Veilig Leren 2 B.V."), same price,
     * same judgments: equal on every criterion and tie-breaker, so a draw by lot decides; {@code draw} records it or is null.
     */
    static GapReport tied(Language language, DrawResult draw) throws IOException {
        GapAssessor gaps = ENGINE.gaps();
        String yaml = Files.readString(Path.of("examples/suppliers/velsen-compliant.yaml"));
        List<SupplierDossier> list = new ArrayList<>();
        List<Judgment> judgments = new ArrayList<>();
        for (String name : List.of("Veilig Leren 1 B.V.", "Veilig Leren 2 B.V.")) {
            list.add(gaps.dossierReader().read(yaml.replace("name: " + COMPLIANT, "name: " + name), Format.YAML));
            evaluation().judgments().stream().filter(j -> j.bidder().equals(COMPLIANT))
                    .forEach(j -> judgments.add(new Judgment(name, j.criterion(), j.rating(), j.motivation())));
        }
        return gaps.assess(gaps.target(velsenAward(), language), list, new Evaluation(judgments, draw), language, "suppliers[%d]");
    }

    /** The camera example with the organisation's answers and only the update control realisable: exclusion possible. */
    static NatsecReport natsec(Language language) throws IOException {
        return natsec(language, answers(), List.of("NS-UPDATE-CONTROL"));
    }

    static Answers answers() throws IOException {
        return StrictReader.read(Files.readString(Path.of("examples/natsec/camera-answers.yaml")), Format.YAML, Answers.class);
    }

    /** The camera example; {@code answers} and {@code realisable} may be null, as in the CLI without them. */
    static NatsecReport natsec(Language language, Answers answers, List<String> realisable) throws IOException {
        ProcurementProfile camera = ENGINE.readProfile(Files.readString(Path.of("examples/camera-surveillance-police.yaml")), Format.YAML);
        SupplierDossier bidder = StrictReader.read(Files.readString(Path.of("examples/suppliers/camera-bidder.yaml")), Format.YAML,
                SupplierDossier.class);
        return ENGINE.natsec().assess(camera, bidder, answers, realisable, language, "supplier");
    }
}
