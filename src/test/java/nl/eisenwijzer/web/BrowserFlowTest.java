package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.documents.FilledSheets;
import nl.eisenwijzer.catalog.ControlMeasure;
import nl.eisenwijzer.gap.ChainParty;
import nl.eisenwijzer.gap.ControllingParty;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.natsec.AnswerInput;
import nl.eisenwijzer.natsec.Answers;
import nl.eisenwijzer.natsec.NatsecReport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The web application as an officer uses it, in a real headless Chromium: sign in, a new tender through the
 * wizard (with an error shown beside its field, the live preview of lines that appear, and the award step refusing a
 * price curve upside down), the PvE with its kinds and reasons, two lines tailored, Word and Excel downloaded and
 * opened, saved and reopened; a tender file with an award imported and three filled-in answer sheets assessed and
 * ranked with the committee's judgments; the national-security test for the camera example, its chain typed into the
 * questionnaire, answers confirmed (one refused without a justification), the outcome the engine gives for the
 * example files, and its measures put into the PvE; the English switch. axe-core checks every page; the screenshots
 * in docs/screenshots are made here.
 */
@SpringBootTest(classes = nl.eisenwijzer.api.EisenwijzerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    Eisenwijzer engine;

    @Autowired
    MessageSource messages;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    /** Every test starts signed out, whatever the one before it did. */
    @BeforeEach
    void signedOut() {
        browser.open("/aanmelden");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOfficerDraftsTailorsDownloadsAndReopensATender() throws Exception {
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/aanmelden");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nl");
        browser.assertAccessible("aanmelden");
        browser.screenshot("01-aanmelden");
        browser.signIn("inkoper@velsen", "velsen-demo");
        assertThat(browser.path()).isEqualTo("/");
        browser.assertAccessible("start");

        browser.click("a[href='/aanbestedingen/nieuw']");
        assertThat(browser.find("#veld-organisation").getAttribute("value")).isEqualTo("Gemeente Velsen");
        browser.click("button[value=next]");
        // Nothing filled in: the message stands beside the field, and the summary links to it.
        assertThat(browser.text("#veld-title-fout")).isEqualTo("Vul een titel in.");
        assertThat(browser.find("#veld-title").getAttribute("aria-describedby")).contains("veld-title-fout");
        assertThat(browser.find("#foutmeldingen a").getAttribute("href")).endsWith("#veld-title");
        browser.assertAccessible("stap 1 met fouten");
        browser.type("#veld-title", "Awareness-platform Velsen (browsertest)");
        browser.find("#veld-organisationType").sendKeys("Gemeente");
        browser.click("button[value=next]");

        assertThat(browser.path()).endsWith("/stap/2");
        browser.click("#pt-saas");
        browser.click("#pt-awareness-training");
        browser.click("#veld-identityFederation");
        browser.assertAccessible("stap 2");
        browser.screenshot("02-wizard-producttypen");
        browser.click("button[value=next]");

        assertThat(browser.path()).endsWith("/stap/3");
        // The live preview: choosing personal data shows the lines it brings in before anything is saved.
        browser.click("#veld-personalData-regular");
        browser.waitFor("#voorbeeld", "Erbij");
        assertThat(browser.text("#voorbeeld")).contains("AVG-");
        browser.screenshot("03-wizard-voorbeeld");
        browser.click("button[value=next]");

        assertThat(browser.path()).endsWith("/stap/4");
        browser.click("#veld-hostingRegion-eu");
        browser.click("#veld-internetFacing");
        browser.click("button[value=next]");
        assertThat(browser.path()).endsWith("/stap/5");
        // A security level without OT is explained beside the field.
        browser.find("#veld-otSecurityLevel").sendKeys("SL2");
        browser.click("button[value=next]");
        assertThat(browser.text("#veld-otSecurityLevel-fout")).contains("alleen bij operationele technologie");
        browser.find("#veld-otSecurityLevel").sendKeys("Geen");
        browser.click("button[value=next]");
        assertThat(browser.path()).endsWith("/stap/6");
        browser.click("button[value=next]");
        assertThat(browser.path()).endsWith("/stap/7");
        browser.setValue("#veld-contractStart", "2027-01-01");
        browser.type("#veld-contractMonths", "48");
        browser.click("#veld-suitability-ask-certificate");
        browser.assertAccessible("stap 7");
        browser.click("button[value=next]");

        // The award: a price curve whose floor lies above its ceiling is refused beside the field, as typed.
        assertThat(browser.path()).endsWith("/stap/8");
        assertThat(browser.find("#veld-award-price-ceiling-price").getAttribute("value")).isEmpty();
        browser.click("#veld-award-criteria");
        browser.type("#veld-award-price-id", "P");
        browser.type("#veld-award-price-name", "Prijs");
        browser.type("#veld-award-price-ceiling-price", "180.000");
        browser.type("#veld-award-price-ceiling-points", "0");
        browser.type("#veld-award-price-floor-price", "190.000");
        browser.type("#veld-award-price-floor-points", "30");
        browser.type("#veld-award-quality-0-id", "K-1");
        browser.type("#veld-award-quality-0-name", "Plan van aanpak");
        browser.type("#veld-award-quality-0-maxPoints", "70");
        browser.type("#veld-award-tieBreakers-0", "K-1");
        browser.click("button[value=next]");
        assertThat(browser.text("#veld-award-price-floor-price-fout")).isEqualTo("De bodemprijs moet lager zijn dan de plafondprijs.");
        assertThat(browser.find("#veld-award-price-floor-price").getAttribute("aria-describedby")).contains("veld-award-price-floor-price-fout");
        assertThat(browser.find("#veld-award-quality-0-name").getAttribute("value")).isEqualTo("Plan van aanpak");
        browser.assertAccessible("stap 8 met fout");
        browser.screenshot("08-wizard-gunning");
        browser.type("#veld-award-price-floor-price", "150.000");
        browser.click("button[value=next]");

        // The PvE: counts per kind, lines with kinds and frameworks, reasons on demand.
        String tenderPath = browser.path();
        assertThat(tenderPath).matches("/aanbestedingen/[0-9a-f-]{36}");
        int eisen = Integer.parseInt(browser.text("#aantallen div:nth-child(1) dd"));
        assertThat(eisen).isPositive();
        assertThat(browser.all("article.ew-line[data-kind=eis]")).hasSize(eisen);
        assertThat(browser.all("article.ew-line[data-kind=geschiktheidseis]")).isNotEmpty();
        WebElement avg = browser.find("#regel-AVG-28");
        assertThat(avg.getText()).contains("Eis");
        browser.click("#regel-AVG-28 details.ew-details summary");
        assertThat(browser.text("#regel-AVG-28 .ew-reasons")).contains("selection-by-traits");
        browser.assertAccessible("PvE");
        browser.screenshot("04-pve");

        // Tailor: a wish left out without a justification is refused beside the field; with one it goes.
        WebElement wish = browser.all("article.ew-line[data-kind=wens]").get(0);
        String wishId = wish.getAttribute("id").substring("regel-".length());
        browser.click("#regel-" + css(wishId) + " details.ew-tailor summary");
        browser.click("#regel-" + css(wishId) + " button[type=submit]");
        assertThat(browser.text("#regel-" + css(wishId) + " .utrecht-form-field-error-message")).contains("onderbouwing");
        browser.type("#regel-" + css(wishId) + " input[name=justification]", "Niet proportioneel voor dit contract.");
        browser.click("#regel-" + css(wishId) + " button[type=submit]");
        assertThat(browser.all("#regel-" + css(wishId))).isEmpty();
        assertThat(browser.text("#weggelaten-kop")).isEqualTo("Door u weggelaten");
        // and a contract condition asked as a requirement (eis).
        WebElement condition = browser.all("article.ew-line[data-kind=contractvoorwaarde]").get(0);
        String conditionId = condition.getAttribute("id").substring("regel-".length());
        browser.click("#regel-" + css(conditionId) + " details.ew-tailor summary");
        browser.click("#t-" + css(conditionId.replace('.', '-')) + "-kind");
        browser.find("#regel-" + css(conditionId) + " select[name=kind]").sendKeys("Eis");
        browser.type("#regel-" + css(conditionId) + " input[name=justification]", "Voor ons een knock-out.");
        browser.click("#regel-" + css(conditionId) + " button[type=submit]");
        assertThat(browser.find("#regel-" + css(conditionId)).getAttribute("data-kind")).isEqualTo("eis");
        // The kind change is a tailored line; the left-out wish is no longer a line but is listed under "Door u weggelaten".
        assertThat(browser.text("#aantallen div:nth-child(5) dd")).isEqualTo("1");
        browser.assertAccessible("PvE na aanpassen");

        // Downloads: the Word annex and the Excel answer sheet, opened and read.
        HttpResponse<byte[]> docx = browser.download(browser.find("a[href$='/download/docx']").getAttribute("href"));
        assertThat(docx.statusCode()).isEqualTo(200);
        String word;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            word = extractor.getText();
        }
        assertThat(word).contains("Awareness-platform Velsen (browsertest)", "AVG-28", conditionId, "Voor ons een knock-out.");
        HttpResponse<byte[]> xlsx = browser.download(browser.find("a[href$='/download/xlsx']").getAttribute("href"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
            assertThat(sheetText(workbook)).contains("AVG-28", conditionId).doesNotContain(wishId + " ");
        }
        HttpResponse<byte[]> tenderFile = browser.download(browser.find("a[href$='/download/yaml']").getAttribute("href"));
        assertThat(new String(tenderFile.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("tailoring:", "justification: Niet proportioneel voor dit contract.", "award:", "Plan van aanpak");

        // Saved: from the start page the tender opens again as it was.
        browser.open("/");
        browser.click("#opgeslagen a");
        assertThat(browser.path()).isEqualTo(tenderPath);
        assertThat(browser.all("#regel-" + css(wishId))).isEmpty();
        browser.click("a[href$='/geschiedenis']");
        assertThat(browser.text("#geschiedenis")).contains("Niet proportioneel voor dit contract.", "Verwerkt de oplossing persoonsgegevens?: + Ja, gewone persoonsgegevens",
                "Weggelaten regel: + " + wishId);
        browser.assertAccessible("geschiedenis");
        browser.screenshot("05-geschiedenis");
    }

    @Test
    void threeAnswerSheetsOfAnImportedTenderAreAssessedAndRanked(@TempDir Path files) throws Exception {
        browser.signIn("inkoper@velsen", "velsen-demo");
        browser.find("#veld-file").sendKeys(Path.of("examples/velsen-award.yaml").toAbsolutePath().toString());
        browser.click("form[action$='/importeren'] button");
        assertThat(browser.path()).matches("/aanbestedingen/[0-9a-f-]{36}");
        byte[] sheet = browser.download(browser.find("a[href$='/download/xlsx']").getAttribute("href")).body();
        StringBuilder sheets = new StringBuilder();
        for (String bidder : List.of("velsen-compliant", "velsen-conditional", "velsen-excluded")) {
            Path filled = files.resolve(bidder + ".xlsx");
            Files.write(filled, FilledSheets.fill(sheet, engine.catalog(), Language.NL, dossier(bidder + ".yaml")));
            sheets.append(sheets.isEmpty() ? "" : "\n").append(filled);
        }

        browser.click("a[href$='/inschrijvers']");
        browser.find("#veld-files").sendKeys(sheets);
        browser.find("#veld-evaluation").sendKeys(Path.of("examples/evaluations/velsen-evaluation.yaml").toAbsolutePath().toString());
        browser.click("button[value=screen]");
        assertThat(browser.text("#oordelen")).contains("Geldige inschrijving", "Uitgesloten");
        assertThat(browser.text(".ew-report__body")).contains("ISO");
        // The ranking beside the verdicts: the committee's judgments and the prices from the sheets, the seed's numbers.
        assertThat(browser.text("#rangorde tbody tr:nth-child(1)")).startsWith("1 Cyberwijs B.V.").endsWith("82,50");
        assertThat(browser.text("#rangorde tbody tr:nth-child(2)")).startsWith("2 Veilig Leren B.V.").endsWith("79,17");
        assertThat(browser.text("#gunningsadvies")).contains("Voornemen tot gunning aan Cyberwijs B.V.");
        browser.assertAccessible("inschrijvers");
        browser.screenshot("06-inschrijvers");
    }

    @Test
    void theNationalSecurityTestPutsItsMeasuresIntoThePve() throws Exception {
        browser.signIn("inkoper@velsen", "velsen-demo");
        browser.find("#veld-file").sendKeys(Path.of("examples/camera-surveillance-police.yaml").toAbsolutePath().toString());
        browser.click("form[action$='/importeren'] button");
        String tender = browser.path();
        browser.click("a[href$='/nationale-veiligheid']");
        browser.assertAccessible("nationale veiligheid, lege vragenlijst");

        // The camera example's chain typed in by hand; a second owner for the camera maker needs one more row.
        SupplierDossier bidder = StrictReader.read(Files.readString(Path.of("examples/suppliers/camera-bidder.yaml")),
                Format.YAML, SupplierDossier.class);
        typeWho("bidder", bidder.name(), bidder.country(), bidder.stateOwned());
        typeOwners("bidder", bidder.ownership());
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < bidder.subcontractors().size(); i++) {
            typeParty("subcontractors." + i, bidder.subcontractors().get(i));
            rows.put(bidder.subcontractors().get(i).name(), "subcontractors." + i);
        }
        for (int i = 0; i < bidder.components().size(); i++) {
            typeParty("components." + i, bidder.components().get(i));
            rows.put(bidder.components().get(i).name(), "components." + i);
        }
        assertThat(browser.find("#veld-components-0-owners-1-name").getAttribute("value")).isEqualTo("Polar State Investment Fund");
        assertThat(browser.find("#veld-bidder-name").getAttribute("value")).isEqualTo(bidder.name());
        browser.click(".ew-actions button[value=run]");
        assertThat(browser.text("#natsec-uitkomst")).isNotBlank();
        assertThat(browser.text("#antwoorden")).contains("Polar Optics Ltd.", "Vraag 1: ja (afgeleid)", "Vraag 3B");

        // A confirmation without a justification is refused beside it; the rest of the page is kept.
        Answers confirmed = StrictReader.read(Files.readString(Path.of("examples/natsec/camera-answers.yaml")), Format.YAML,
                Answers.class);
        confirm("bidder.q1", confirmed.q1());
        browser.click("#veld-bidder-q2-" + confirmed.q2().answer());
        browser.click(".ew-actions button[value=run]");
        assertThat(browser.text("#veld-bidder-q2-justification-fout")).contains("onderbouwing");
        assertThat(browser.find("#veld-bidder-q2-justification").getAttribute("aria-describedby")).contains("veld-bidder-q2-justification-fout");
        assertThat(browser.find("#foutmeldingen a").getAttribute("href")).endsWith("#veld-bidder-q2-justification");
        assertThat(browser.find("#veld-bidder-q1-false").isSelected()).isTrue();
        assertThat(browser.find("#veld-components-0-name").getAttribute("value")).isEqualTo("Polar Optics Ltd.");
        assertThat(browser.all("#natsec-uitkomst")).isEmpty();
        browser.assertAccessible("nationale veiligheid met fout");

        // With the justification, and the other parties' answers as the example confirms them, and every measure.
        confirm("bidder.q2", confirmed.q2());
        confirmed.parties().forEach((party, answers) -> answers.byQuestion().forEach((question, answer) ->
                confirm(rows.get(party) + "." + question.wire(), answer)));
        for (WebElement measure : browser.all("input[name=measures]")) {
            measure.click();
        }
        browser.click(".ew-actions button[value=run]");

        // The page says what the engine says for the example files.
        List<String> all = engine.catalog().natsec().measures().stream().map(ControlMeasure::id).toList();
        NatsecReport expected = engine.natsec().assess(engine.profileReader().normalise(engine.readProfile(
                Files.readString(Path.of("examples/camera-surveillance-police.yaml")), Format.YAML)), bidder, confirmed, all,
                Language.NL, "dossier");
        assertThat(browser.find("#uitkomst").getAttribute("data-outcome")).isEqualTo(expected.outcome().name());
        assertThat(browser.text("#natsec-uitkomst"))
                .isEqualTo(messages.getMessage("natsec.outcome." + expected.outcome().name(), null, Locale.forLanguageTag("nl")));
        assertThat(browser.text("#natsec-bepalend")).contains(expected.decisiveParty());
        assertThat(browser.all("#natsec-maatregelen tr[data-measure]")).extracting(m -> m.getAttribute("data-measure"))
                .containsExactlyElementsOf(expected.chosenMeasures().stream().map(NatsecReport.Chosen::measure).toList());
        assertThat(browser.all("#foutmeldingen")).isEmpty();
        assertThat(browser.text("#antwoorden")).contains(confirmed.q1().justification());
        browser.assertAccessible("nationale veiligheid");
        browser.screenshot("07-nationale-veiligheid");

        browser.click("form[action$='/maatregelen'] button");
        assertThat(browser.path()).isEqualTo(tender);
        browser.click("a[href$='/geschiedenis']");
        assertThat(browser.text("#geschiedenis")).contains("Beheersmaatregelen (toets nationale veiligheid): + NS-");
    }

    /** Types a party's name, country and state ownership into its row, as an officer would. */
    private void typeWho(String prefix, String name, String country, Boolean stateOwned) {
        String id = "#veld-" + prefix.replace('.', '-');
        browser.type(id + "-name", name);
        new Select(browser.find(id + "-country")).selectByValue(country);
        new Select(browser.find(id + "-stateOwned")).selectByValue(stateOwned == null ? "" : stateOwned.toString());
    }

    /** Types a party's owners, asking the page for another row when it shows too few. */
    private void typeOwners(String prefix, List<ControllingParty> owners) {
        for (int i = 0; i < owners.size(); i++) {
            String at = prefix + ".owners." + i;
            if (browser.all("[name='" + at + ".name']").isEmpty()) {
                browser.click("button[value='add." + prefix + ".owners']");
            }
            typeWho(at, owners.get(i).name(), owners.get(i).country(), owners.get(i).stateOwned());
        }
    }

    private void typeParty(String prefix, ChainParty party) {
        if (browser.all("[name='" + prefix + ".name']").isEmpty()) {
            browser.click("button[value='add." + prefix.substring(0, prefix.indexOf('.')) + "']");
        }
        typeWho(prefix, party.name(), party.country(), party.stateOwned());
        String id = "#veld-" + prefix.replace('.', '-');
        browser.type(id + "-role", party.role());
        party.access().forEach(access -> browser.click(id + "-access-" + access.wire()));
        typeOwners(prefix, party.ownership());
    }

    /** Answers a question on the page as the officer confirms it: yes or no, with the justification. */
    private void confirm(String field, AnswerInput answer) {
        String id = "#veld-" + field.replace('.', '-');
        browser.click(id + "-" + answer.answer());
        browser.type(id + "-justification", answer.justification());
    }

    @Test
    void theEnglishSwitchTurnsThePagesIntoEnglish() {
        browser.signIn("inkoper@haarlem", "haarlem-demo");
        browser.click("a[hreflang=en]");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.text("h1")).isEqualTo("Tenders");
        browser.click("a[href='/aanbestedingen/nieuw']");
        assertThat(browser.text("h1")).startsWith("Step 1 of 8");
        browser.assertAccessible("step 1 in English");
        browser.click("a[hreflang=nl]");
        assertThat(browser.text("h1")).startsWith("Stap 1 van 8");
    }

    private static SupplierDossier dossier(String name) throws Exception {
        return nl.eisenwijzer.TestEngine.get().gaps().dossierReader()
                .read(Files.readString(Path.of("examples/suppliers", name)), Format.YAML);
    }

    private static String sheetText(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append(' '))));
        return text.toString();
    }

    /** An id as a CSS id selector part: dots escaped. */
    private static String css(String id) {
        return id.replace(".", "\\.");
    }

}
