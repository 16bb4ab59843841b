package nl.eisenwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The command line end to end: real files in, real output and exit codes out. */
class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void pveWritesJsonToStdout() {
        Run run = run("pve", "--profile", "examples/velsen-awareness.yaml");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{").contains("\"id\" : \"AVG-28.3.a\"").contains("\"language\" : \"nl\"");
    }

    @Test
    void pveWritesEnglishMarkdownToAFile(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("pve.md");
        Run run = run("pve", "--profile", "examples/ot-pumping-station.yaml", "--format", "md", "--lang", "en", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("# Requirements programme: ").contains("IEC62443-3-3-SR1.1");
        try (var files = Files.list(temp)) {
            assertThat(files.toList()).containsExactly(out);
        }
    }

    @Test
    void aJsonProfileIsReadAsJson() {
        Run run = run("pve", "--profile", "examples/velsen-awareness.json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"title\" : \"Leerprogramma Privacy & Informatiebeveiliging\"");
    }

    @Test
    void aBadProfileIsOneLineAndExitTwo(@TempDir Path temp) throws IOException {
        Path profile = temp.resolve("bad.yaml");
        Files.writeString(profile, "title: T\norganisationType: gemeente\nproductTypes: [saas]\nhostingRegion: mars\n");
        Run run = run("pve", "--profile", profile.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .contains("hostingRegion").contains("'mars' is not allowed").contains("outside-eu");
    }

    @Test
    void aMissingProfileFileIsBadInput() {
        Run run = run("pve", "--profile", "no/such/file.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--profile: no such file: no/such/file.yaml");
    }

    @Test
    void badOptionValuesNameTheAllowedValues() {
        Run format = run("pve", "--profile", "examples/velsen-awareness.yaml", "--format", "rtf");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err().lines()).singleElement().asString().contains("--format").contains("json, md, docx, xlsx, html, pdf, csv, oscal");
        Run lang = run("pve", "--profile", "examples/velsen-awareness.yaml", "--lang", "de");
        assertThat(lang.code()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang").contains("nl, en");
        Run missing = run("pve");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--profile");
    }

    @Test
    void aWriteToAMissingDirectoryFailsWithoutLeavingAnything() {
        Run run = run("pve", "--profile", "examples/velsen-awareness.yaml", "--out", "no/such/dir/pve.json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--out");
    }

    @Test
    void catalogListsOneFrameworkWithBothLanguages() {
        Run run = run("catalog", "--framework", "NIS2");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"catalogVersion\"").contains("\"id\" : \"NIS2-21.2.a\"")
                .contains("\"nl\" :").contains("\"en\" :").doesNotContain("\"framework\" : \"BIO2\"");
    }

    @Test
    void catalogRejectsAnUnknownFramework() {
        Run run = run("catalog", "--framework", "NIS3");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("framework").contains("'NIS3' is not allowed").contains("NIS2");
    }

    @Test
    void catalogTakesSeveralValuesCommaSeparatedOrRepeatedAsTheApiDoes() {
        Run commas = run("catalog", "--framework", "NIS2,ABRO", "--domain", "incident-response");
        Run repeated = run("catalog", "--framework", "ABRO", "--framework", "NIS2", "--domain", "incident-response");
        assertThat(commas.code()).isZero();
        assertThat(commas.out()).isEqualTo(repeated.out())
                .contains("\"framework\" : \"NIS2\"").contains("\"framework\" : \"ABRO\"")
                .doesNotContain("\"framework\" : \"BIO2\"").doesNotContain("\"domain\" : \"governance\"");
        Run unknown = run("catalog", "--domain", "privacy,poetry");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("'poetry' is not allowed").contains("identity-access");
    }

    @Test
    void catalogAsMarkdown() {
        Run run = run("catalog", "--framework", "AVG", "--format", "md");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("# Eisenwijzer catalogus").contains("### AVG-28.3.a");
    }

    @Test
    void testRunsTheRuleCasesAndPasses() {
        Run run = run("test");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("PASS rules/pve/selection/personal-data.cases.yaml").containsPattern("\\d+ passed, 0 failed");
    }

    @Test
    void testFailsOnAFailingCase(@TempDir Path temp) throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules.resolve("pve/selection"));
        Files.copy(Path.of("rules/kmodule.xml"), rules.resolve("kmodule.xml"));
        Files.copy(Path.of("rules/pve/selection/traits.drl"), rules.resolve("pve/selection/traits.drl"));
        Files.writeString(rules.resolve("pve/selection/traits.cases.yaml"), """
                cases:
                  - name: without the traits stage nothing is selected
                    profile: {title: t, organisationType: gemeente, productTypes: [saas]}
                    expect:
                      includes: [EW-CLOUD-01]
                """);
        Run run = run("test", rules.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL rules/pve/selection/traits.cases.yaml:2").contains("EW-CLOUD-01 expected in the PvE but missing")
                .contains("0 passed, 1 failed");
    }

    @Test
    void aBrokenRulesDirectoryStopsWithFileAndLine(@TempDir Path temp) throws IOException {
        Files.copy(Path.of("rules/kmodule.xml"), temp.resolve("kmodule.xml"));
        Files.createDirectories(temp.resolve("pve/selection"));
        Files.writeString(temp.resolve("pve/selection/bad.drl"),
                "package eisenwijzer.pve.selection;\nrule \"r\" when\n  Foo( \nthen end\n");
        Run run = run("catalog", "--rules-dir", temp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the rules do not compile").contains("bad.drl:");
    }

    @Test
    void aRuleFileInAPackageNoPipelineTakesIsRefusedNotIgnored(@TempDir Path temp) throws IOException {
        Files.copy(Path.of("rules/kmodule.xml"), temp.resolve("kmodule.xml"));
        Files.writeString(temp.resolve("stray.drl"), "package eisenwijzer.somewhere;\nrule \"r\" when then end\n");
        Run run = run("catalog", "--rules-dir", temp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("stray.drl:1").contains("package 'eisenwijzer.somewhere' is in no pipeline")
                .contains("eisenwijzer.pve.selection").contains("eisenwijzer.gap");
    }

    @Test
    void noCommandShowsUsageAndIsBadInput() {
        Run run = run();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: eisenwijzer").contains("a command is required");
    }

    @Test
    void gapComparesBiddersInMarkdown() {
        Run run = run("gap", "--profile", "examples/velsen-awareness.yaml", "--supplier", "examples/suppliers/velsen-excluded.yaml",
                "--supplier", "examples/suppliers/velsen-compliant.yaml", "--format", "md", "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("# Gap report: ").contains("| 1 | Veilig Leren B.V. | EUR 160,000 | 10.00 | 10.00 |",
                "## Award decision", "### Awareness Partners B.V. (NL): Excluded", "## Annex B — Requirements × bidders matrix");
    }

    @Test
    void theAwardRanksTheVelsenBiddersAndABadJudgmentIsOneLineNamingTheFile(@TempDir Path temp) throws IOException {
        Run run = run("gap", "--profile", "examples/velsen-award.yaml", "--evaluation", "examples/evaluations/velsen-evaluation.yaml",
                "--supplier", "examples/suppliers/velsen-compliant.yaml", "--supplier", "examples/suppliers/velsen-conditional.yaml",
                "--supplier", "examples/suppliers/velsen-excluded.yaml", "--format", "md");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Cyberwijs B.V.", "82,50", "79,17");
        Path evaluation = temp.resolve("beoordeling.yaml");
        Files.writeString(evaluation, Files.readString(Path.of("examples/evaluations/velsen-evaluation.yaml")).replace("rating: good", "rating: prima"));
        Run bad = run("gap", "--profile", "examples/velsen-award.yaml", "--evaluation", evaluation.toString(),
                "--supplier", "examples/suppliers/velsen-compliant.yaml");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().lines()).singleElement().asString().contains("--evaluation " + evaluation)
                .contains("evaluation.judgments[0].rating").contains("excellent, good, sufficient, moderate, poor");
    }

    @Test
    void gapWritesJson() {
        Run run = run("gap", "--profile", "examples/velsen-awareness.yaml", "--supplier", "examples/suppliers/velsen-conditional.yaml");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"verdict\" : \"ADMISSIBLE\"").doesNotContain("\"matrix\"");
    }

    @Test
    void eachDeprecatedCodeIsOneLineOnStderrAndInTheReport(@TempDir Path temp) throws IOException {
        Path dossier = temp.resolve("bidder.yaml");
        Files.writeString(dossier, Files.readString(Path.of("examples/suppliers/velsen-conditional.yaml"))
                .replace("{requirement: EW-CLOUD-03, answer: complies,", "{requirement: EW-CLOUD-03, answer: yes,")
                .replace("answer: partially-complies,", "answer: partial,"));
        Run run = run("gap", "--profile", "examples/velsen-awareness.yaml", "--lang", "en",
                "--supplier", "examples/suppliers/velsen-compliant.yaml", "--supplier", dossier.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err().lines()).containsExactly(
                "eisenwijzer: deprecated: suppliers[1].statements[0].answer (--supplier " + dossier + "): The answer to "
                        + "EW-CLOUD-03 uses the deprecated code 'yes'. A YAML 1.1 reader (such as PyYAML) turns it into the "
                        + "boolean true, which the API refuses. Use 'complies'; API v2 will no longer accept 'yes'.",
                "eisenwijzer: deprecated: suppliers[1].statements[10].answer (--supplier " + dossier + "): The answer to "
                        + "EW-CLOUD-04 uses the deprecated code 'partial'. It was replaced together with 'yes' and 'no', "
                        + "which a YAML 1.1 reader (such as PyYAML) turns into the booleans true and false. Use "
                        + "'partially-complies'; API v2 will no longer accept 'partial'.");
        assertThat(run.out()).contains("\"deprecations\" : [", "\"field\" : \"suppliers[1].statements[10].answer\"",
                "\"verdict\" : \"ADMISSIBLE\"");
    }

    @Test
    void aBadDossierIsOneLineNamingTheFileAndField(@TempDir Path temp) throws IOException {
        Path dossier = temp.resolve("bidder.yaml");
        Files.writeString(dossier, "name: A\ncountry: NL\nstatements: [{requirement: BIO2-5.1, answer: maybe}]\n");
        Run run = run("gap", "--profile", "examples/velsen-awareness.yaml", "--supplier", dossier.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("eisenwijzer: --supplier " + dossier + ": ")
                .contains("statements[0].answer", "allowed values: complies, partially-complies, does-not-comply, not-applicable");
    }

    @Test
    void twoDossiersOfOneBidderAreRefused() {
        Run run = run("gap", "--profile", "examples/velsen-awareness.yaml", "--supplier", "examples/suppliers/velsen-compliant.yaml",
                "--supplier", "examples/suppliers/velsen-compliant.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("named 'Veilig Leren B.V.'");
    }

    @Test
    void natsecRunsTheFourQuestionsOverTheChainInMarkdown() {
        Run run = run("natsec", "--profile", "examples/camera-surveillance-police.yaml", "--supplier",
                "examples/suppliers/camera-bidder.yaml", "--answers", "examples/natsec/camera-answers.yaml",
                "--measures", "NS-UPDATE-CONTROL", "--format", "md", "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("# National-security test: ")
                .contains("## Outcome: Exclusion possible (EXCLUSION_POSSIBLE)")
                .contains("- **Polar Optics Ltd.** — AW2012_NON_GPA");
    }

    @Test
    void natsecWithoutAnswersAsksForTheMissingOnesInJson() {
        Run run = run("natsec", "--profile", "examples/camera-surveillance-police.yaml", "--supplier",
                "examples/suppliers/camera-bidder.yaml");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"outcome\" : \"INSUFFICIENT_INFORMATION\"").contains("\"missing\" : [ \"q1\", \"q2\", \"q3b\" ]");
    }

    @Test
    void natsecRefusesAnAnswerWithoutJustificationInOneLine(@TempDir Path temp) throws IOException {
        Path answers = temp.resolve("answers.yaml");
        Files.writeString(answers, "q2: {answer: true}\n");
        Run run = run("natsec", "--profile", "examples/camera-surveillance-police.yaml", "--supplier",
                "examples/suppliers/camera-bidder.yaml", "--answers", answers.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("eisenwijzer: --answers " + answers + ": ").contains("answers.q2.justification");
    }

    @Test
    void natsecRefusesAnUnknownMeasureNamingTheOption() {
        Run run = run("natsec", "--profile", "examples/camera-surveillance-police.yaml", "--supplier",
                "examples/suppliers/camera-bidder.yaml", "--measures", "NS-MOAT");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("eisenwijzer: --measures: ").contains("NS-ESCROW");
    }

    @Test
    void pveTakesTheChosenMeasures() {
        Run run = run("pve", "--profile", "examples/camera-surveillance-police.yaml", "--measures", "NS-ESCROW,NS-EXIT-PLAN",
                "--format", "md", "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("EW-NS-04").contains("EW-NS-09").doesNotContain("EW-NS-01 ");
        Run bad = run("pve", "--profile", "examples/camera-surveillance-police.yaml", "--measures", "NS-MOAT");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("eisenwijzer: --measures: ");
    }

    @Test
    void aBinaryFormatNeedsAFileAndIsWrittenThere(@TempDir Path temp) throws IOException {
        Run toTerminal = run("pve", "--profile", "examples/velsen-awareness.yaml", "--format", "docx");
        assertThat(toTerminal.code()).isEqualTo(2);
        assertThat(toTerminal.err()).contains("--format docx writes a binary file; give --out FILE")
                .contains("pve-leerprogramma-privacy-informatiebeveiliging.docx");
        Path pdf = temp.resolve("report.pdf");
        Run run = run("gap", "--profile", "examples/velsen-awareness.yaml", "--supplier", "examples/suppliers/velsen-excluded.yaml",
                "--format", "pdf", "--out", pdf.toString());
        assertThat(run.code()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void gapWritesAWordDocument(@TempDir Path temp) throws IOException {
        Path docx = temp.resolve("gap.docx");
        Run run = run("gap", "--profile", "examples/velsen-awareness.yaml", "--supplier", "examples/suppliers/velsen-compliant.yaml",
                "--supplier", "examples/suppliers/velsen-excluded.yaml", "--format", "docx", "--out", docx.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            // A verdict is a coloured mark padded with non-breaking spaces.
            String text = extractor.getText().replace("\u00a0", "");
            assertThat(text).startsWith("Gap-rapport\nLeerprogramma Privacy & Informatiebeveiliging")
                    .contains("Veilig Leren B.V. (NL) Geldig", "Awareness Partners B.V. (NL) Uitgesloten", "Rangorde",
                            "Beslissende tekortkomingen", "Gunningsbeslissing", "Bijlage B \u2014 Matrix");
        }
    }

    @Test
    void aFormatACommandDoesNotOfferIsRefusedWithTheAllowedOnes() {
        Run run = run("natsec", "--profile", "examples/camera-surveillance-police.yaml", "--supplier",
                "examples/suppliers/camera-bidder.yaml", "--format", "xlsx");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'xlsx' is not allowed; allowed values: json, md, html, pdf");
    }

    @Test
    void theAnswerSheetWrittenByPveIsADossierForGap(@TempDir Path temp) throws IOException {
        Path sheet = temp.resolve("answers.xlsx");
        assertThat(run("pve", "--profile", "examples/velsen-awareness.yaml", "--format", "xlsx", "--out", sheet.toString()).code()).isZero();
        Run gap = run("gap", "--profile", "examples/velsen-awareness.yaml", "--supplier", sheet.toString(), "--format", "md", "--lang", "en");
        // An empty sheet names no bidder: the import says which cell to fill in.
        assertThat(gap.code()).isEqualTo(2);
        assertThat(gap.err()).startsWith("eisenwijzer: --supplier " + sheet + ": ");
    }

    @Test
    void theCatalogueAsOscal() {
        Run run = run("catalog", "--format", "oscal");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"catalog\"");
        Run filtered = run("catalog", "--format", "oscal", "--framework", "NIS2");
        assertThat(filtered.code()).isEqualTo(2);
        assertThat(filtered.err()).contains("exports the whole catalogue");
    }

    /** Each subcommand with the options its help must show: its own and those of its mixins. */
    static Stream<Arguments> subcommands() {
        List<String> engine = List.of("--catalog-dir", "--rules-dir");
        List<String> purchase = List.of("--profile", "--lang");
        return Stream.of(
                Arguments.of(List.of("pve"), concat(engine, purchase, List.of("--format", "--out", "--measures", "--ungrouped"))),
                Arguments.of(List.of("gap"), concat(engine, purchase, List.of("--supplier", "--format", "--out"))),
                Arguments.of(List.of("natsec"), concat(engine, purchase,
                        List.of("--supplier", "--answers", "--measures", "--format", "--out"))),
                Arguments.of(List.of("catalog"), concat(engine, List.of("--framework", "--domain", "--product-type",
                        "--format", "--out", "diff"))),
                Arguments.of(List.of("catalog", "diff"), List.of("--from", "--to", "--profiles", "--catalog-path",
                        "--rules-dir", "--format", "--out")),
                Arguments.of(List.of("test"), concat(engine, List.of("[DIR]"))),
                Arguments.of(List.of("serve"), concat(engine, List.of("--port"))));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("subcommands")
    void everySubcommandsHelpListsAllItsOptionsAndExitsZero(List<String> command, List<String> expected, @TempDir Path temp)
            throws Exception {
        // Every option the command declares (its mixins' included), beside the list above: a mixin lost from
        // the model would leave the model and its help alike without them, which only the list catches.
        CommandLine.Model.CommandSpec spec = new CommandLine(new Main()).getCommandSpec();
        for (String name : command) {
            spec = spec.subcommands().get(name).getCommandSpec();
        }
        List<String> declared = spec.options().stream().map(CommandLine.Model.OptionSpec::longestName).toList();
        assertThat(declared).containsAll(expected.stream().filter(o -> o.startsWith("--")).toList());

        List<String> args = new ArrayList<>(command);
        args.add("--help");
        // The real entry point in its own JVM, as a user runs it: main() exits, so what it printed must be out.
        Path errors = temp.resolve("stderr");
        Process process = new ProcessBuilder(javaCommand(args)).redirectError(errors.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + "\n" + out + Files.readString(errors)).isZero();
        assertThat(Files.readString(errors)).isEmpty();
        assertThat(out).startsWith("Usage: eisenwijzer " + String.join(" ", command) + " ")
                .contains(spec.usageMessage().description()[0].substring(0, 30))
                .contains(expected).contains(declared);

        // -h is the same, also through the entry point the tests use.
        args.set(args.size() - 1, "-h");
        Run shortForm = run(args.toArray(String[]::new));
        assertThat(shortForm.code()).isZero();
        assertThat(shortForm.err()).isEmpty();
        assertThat(shortForm.out()).contains(expected).contains(declared);
    }

    private static List<String> javaCommand(List<String> args) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        line.addAll(args);
        return line;
    }

    @Test
    void withoutACommandTheUsageNamesEveryCommand() {
        Run run = run();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: eisenwijzer").contains("a command is required: pve, gap, natsec, catalog, test, serve");
    }

    @Test
    void aBadOptionPointsToTheHelpOfItsCommand() {
        Run run = run("gap", "--profile", "examples/velsen-awareness.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--supplier").contains("(see eisenwijzer gap --help)");
    }
}
