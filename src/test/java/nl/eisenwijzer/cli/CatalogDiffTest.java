package nl.eisenwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.eisenwijzer.TestEngine;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.CatalogLoader;
import nl.eisenwijzer.changes.CatalogDiff;
import nl.eisenwijzer.changes.CatalogVersion;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code catalog diff}: a copy of the real catalogue is changed the way a maintainer would (a requirement
 * added, one removed, a strength moved) and the diff, and its impact on the example profiles, must show
 * exactly that — between directories and between git commits.
 */
class CatalogDiffTest {

    @TempDir
    Path temp;

    private Path before;
    private Path after;

    /**
     * Two copies of the real catalogue: the old one has test requirements AVG-98 (later removed) and AVG-97
     * as a wish; the new one drops AVG-98, adds AVG-99 and makes AVG-97 a knock-out.
     */
    @BeforeEach
    void twoVersions() throws IOException {
        before = temp.resolve("old/catalog");
        after = temp.resolve("new/catalog");
        copy(TestEngine.CATALOG, before);
        copy(TestEngine.CATALOG, after);
        Files.writeString(before.resolve("requirements/test-extra.yaml"),
                "requirements:\n" + entry("AVG-98", "SHOULD") + entry("AVG-97", "SHOULD"));
        Files.writeString(after.resolve("requirements/test-extra.yaml"),
                "requirements:\n" + entry("AVG-99", "SHOULD") + entry("AVG-97", "MUST"));
    }

    private static String entry(String id, String strength) {
        return """
                  - id: %s
                    framework: AVG
                    domain: privacy
                    title: {nl: Testeis %s, en: Test requirement %s}
                    text: {nl: De leverancier doet iets., en: The supplier does something.}
                    strength: %s
                    appliesWhen: [personal-data]
                    source: {document: AVG, url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj"}
                """.formatted(id, id, id, strength);
    }

    @Test
    void betweenDirectoriesItListsAddedRemovedChangedAndWhatEachProfileGainsOrLoses() {
        CliTest.Run run = CliTest.run("catalog", "diff", "--from", before.toString(), "--to", after.toString(),
                "--profiles", "examples", "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.at("/catalog/added").toString()).isEqualTo("[\"AVG-99\"]");
        assertThat(report.at("/catalog/removed").toString()).isEqualTo("[\"AVG-98\"]");
        assertThat(report.at("/catalog/changed").toString())
                .isEqualTo("[{\"id\":\"AVG-97\",\"fields\":[\"strength\"]}]");
        JsonNode velsen = null;
        JsonNode ot = null;
        for (JsonNode profile : report.get("profiles")) {
            switch (profile.get("profile").asString()) {
                case "velsen-awareness.yaml" -> velsen = profile;
                case "ot-pumping-station.yaml" -> ot = profile;
                default -> { }
            }
        }
        assertThat(velsen).isNotNull();
        assertThat(velsen.get("lost").toString()).isEqualTo("[\"AVG-98\"]");
        assertThat(velsen.get("gained").toString()).isEqualTo("[\"AVG-99\"]");
        // SHOULD made it a wish; MUST, for what the contractor does, a contract condition.
        assertThat(velsen.get("kindChanged").toString())
                .isEqualTo("[{\"id\":\"AVG-97\",\"from\":\"wens\",\"to\":\"contractvoorwaarde\"}]");
        assertThat(velsen.get("staleTailoring").toString()).isEqualTo("[]");
        assertThat(velsen.get("linesAfter").asInt()).isEqualTo(velsen.get("linesBefore").asInt());
        // The pumping station processes no personal data: the change does not touch its PvE.
        assertThat(ot.get("gained").toString()).isEqualTo("[]");
        assertThat(ot.get("lost").toString()).isEqualTo("[]");
    }

    @Test
    void aTailoringWhoseRequirementLeftTheCatalogueIsReportedAndTheRestStillApplies() throws IOException {
        // The new catalogue no longer has EW-TRAIN-04, which the tailored Velsen profile leaves out.
        Path ew = after.resolve("requirements/ew.yaml");
        String text = Files.readString(ew);
        int start = text.indexOf("- id: EW-TRAIN-04\n");
        int end = text.indexOf("\n- id: ", start + 1);
        assertThat(start).isPositive();
        Files.writeString(ew, text.substring(0, start) + text.substring(end + 1));

        CliTest.Run run = CliTest.run("catalog", "diff", "--from", before.toString(), "--to", after.toString(),
                "--profiles", "examples", "--format", "json");
        assertThat(run.err()).isEmpty();
        JsonNode tailored = null;
        for (JsonNode profile : JsonMapper.builder().build().readTree(run.out()).get("profiles")) {
            if (profile.get("profile").asString().equals("velsen-awareness-tailored.yaml")) {
                tailored = profile;
            }
        }
        assertThat(tailored).isNotNull();
        assertThat(tailored.get("error")).isNull();
        assertThat(tailored.get("staleTailoring")).singleElement().satisfies(stale -> {
            assertThat(stale.get("field").asString()).isEqualTo("tailoring.exclude[0].id");
            assertThat(stale.get("problem").asString()).contains("EW-TRAIN-04 is not in the PvE of this purchase");
        });
        // EW-TRAIN-04 was left out before too, so the PvE loses only the test requirement this setup removes.
        assertThat(tailored.get("lost").toString()).isEqualTo("[\"AVG-98\"]");

        CliTest.Run md = CliTest.run("catalog", "diff", "--from", before.toString(), "--to", after.toString(),
                "--profiles", "examples");
        assertThat(md.out()).contains("tailoring that no longer applies: tailoring.exclude[0].id");
    }

    @Test
    void markdownSummarisesTheChange() {
        CliTest.Run run = CliTest.run("catalog", "diff", "--from", before.toString(), "--to", after.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("- added: 1").contains("- removed: 1").contains("- changed: 1")
                .contains("## Added\n\nAVG-99").contains("AVG-97: strength");
    }

    @Test
    void betweenGitCommitsItReadsEachSideFromItsCommit() throws Exception {
        Path repo = temp.resolve("repo");
        copy(before, repo.resolve("catalog"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("old").setSign(false).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
            Files.delete(repo.resolve("catalog/requirements/test-extra.yaml"));
            copy(after, repo.resolve("catalog"));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("new").setSign(false).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
        }
        Catalog before = CatalogLoader.load(CatalogVersion.read("HEAD~1", "catalog", repo, "--from"));
        Catalog after = CatalogLoader.load(CatalogVersion.read("main", "catalog", repo, "--to"));
        CatalogDiff diff = CatalogDiff.between(before, after);
        assertThat(diff.added()).containsExactly("AVG-99");
        assertThat(diff.removed()).containsExactly("AVG-98");
        assertThat(diff.changed()).extracting(CatalogDiff.Change::id).containsExactly("AVG-97");
    }

    @Test
    void anUnknownRefIsABadInputWithExitTwo() {
        CliTest.Run run = CliTest.run("catalog", "diff", "--from", "no-such-ref-or-dir", "--to", "catalog");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--from").contains("no-such-ref-or-dir");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
