package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.documents.FilledSheets;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web application as an officer uses it, in a real headless Chromium: sign in, a new tender through the
 * wizard (with an error shown beside its field and the live preview of lines that appear), the PvE with its
 * kinds and reasons, two lines tailored, Word and Excel downloaded and opened, saved and reopened; a tender
 * file imported and two filled-in answer sheets assessed; the national-security test for the camera example
 * with its measures put into the PvE; the English switch. axe-core checks every page; the screenshots in
 * docs/screenshots are made here.
 */
@SpringBootTest(classes = nl.eisenwijzer.api.EisenwijzerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    Eisenwijzer engine;

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
                .contains("tailoring:", "justification: Niet proportioneel voor dit contract.");

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
    void twoAnswerSheetsOfAnImportedTenderAreAssessed(@TempDir Path files) throws Exception {
        browser.signIn("inkoper@velsen", "velsen-demo");
        browser.find("#veld-file").sendKeys(Path.of("examples/velsen-awareness.yaml").toAbsolutePath().toString());
        browser.click("form[action$='/importeren'] button");
        assertThat(browser.path()).matches("/aanbestedingen/[0-9a-f-]{36}");
        byte[] sheet = browser.download(browser.find("a[href$='/download/xlsx']").getAttribute("href")).body();
        Path compliant = files.resolve("velsen-compliant.xlsx");
        Path excluded = files.resolve("velsen-excluded.xlsx");
        Files.write(compliant, FilledSheets.fill(sheet, engine.catalog(), Language.NL, dossier("velsen-compliant.yaml")));
        Files.write(excluded, FilledSheets.fill(sheet, engine.catalog(), Language.NL, dossier("velsen-excluded.yaml")));

        browser.click("a[href$='/inschrijvers']");
        browser.find("#veld-files").sendKeys(compliant + "\n" + excluded);
        browser.click("button[value=screen]");
        assertThat(browser.text("#oordelen")).contains("Voldoet", "Uitgesloten");
        assertThat(browser.text(".ew-report__body")).contains("ISO");
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
        browser.find("#veld-dossier").sendKeys(Path.of("examples/suppliers/camera-bidder.yaml").toAbsolutePath().toString());
        browser.find("#veld-answers").sendKeys(Path.of("examples/natsec/camera-answers.yaml").toAbsolutePath().toString());
        for (WebElement measure : browser.all("input[name=measures]")) {
            measure.click();
        }
        browser.click("button[value=screen]");
        assertThat(browser.text("#natsec-uitkomst")).isNotBlank();
        browser.assertAccessible("nationale veiligheid");
        browser.screenshot("07-nationale-veiligheid");
        browser.click("form[action$='/maatregelen'] button");
        assertThat(browser.path()).isEqualTo(tender);
        browser.click("a[href$='/geschiedenis']");
        assertThat(browser.text("#geschiedenis")).contains("Beheersmaatregelen (toets nationale veiligheid): + NS-");
    }

    @Test
    void theEnglishSwitchTurnsThePagesIntoEnglish() {
        browser.signIn("inkoper@haarlem", "haarlem-demo");
        browser.click("a[hreflang=en]");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.text("h1")).isEqualTo("Tenders");
        browser.click("a[href='/aanbestedingen/nieuw']");
        assertThat(browser.text("h1")).startsWith("Step 1 of 7");
        browser.assertAccessible("step 1 in English");
        browser.click("a[hreflang=nl]");
        assertThat(browser.text("h1")).startsWith("Stap 1 van 7");
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
