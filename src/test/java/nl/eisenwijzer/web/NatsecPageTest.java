package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The national-security questionnaire read back without a browser: what was typed stays in the fields when a
 * row is added, an uploaded dossier fills the fields, and a value the test cannot use is refused beside its
 * field in Dutch — with nothing kept on the server, so every value comes back from the form itself.
 */
@SpringBootTest(classes = nl.eisenwijzer.api.EisenwijzerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NatsecPageTest {

    @LocalServerPort
    int port;

    private PageSession session;
    private String path;
    private String page;

    @BeforeEach
    void camera() throws IOException {
        session = PageSession.signedIn(port, "inkoper@velsen", "velsen-demo");
        path = session.importTender(Path.of("examples/camera-surveillance-police.yaml")) + "/nationale-veiligheid";
        page = session.get(path).body();
    }

    @Test
    void addingARowKeepsWhatWasTypedAndAddsOneEmptyRow() {
        List<Map.Entry<String, String>> typed = new ArrayList<>(List.of(
                Map.entry("bidder.name", "Beeldwacht Integratie B.V."), Map.entry("bidder.country", "NL"),
                Map.entry("bidder.stateOwned", "false"),
                Map.entry("bidder.owners.0.name", "Beeldwacht Holding B.V."), Map.entry("bidder.owners.0.country", "NL"),
                Map.entry("bidder.owners.0.stateOwned", ""),
                Map.entry("components.0.name", "Polar Optics Ltd."), Map.entry("components.0.country", "AQ"),
                Map.entry("components.0.role", "Makes the cameras"), Map.entry("components.0.access", "delivery"),
                Map.entry("components.0.access", "software-updates"), Map.entry("components.0.stateOwned", "false"),
                Map.entry("components.0.owners.0.name", "Polar Optics Group"), Map.entry("components.0.owners.0.country", "AQ"),
                Map.entry("components.0.owners.0.stateOwned", "false"),
                Map.entry("bidder.q1", "false"), Map.entry("bidder.q1.justification", "KvK-uittreksel gecontroleerd."),
                Map.entry("measures", "NS-UPDATE-CONTROL")));
        typed.add(Map.entry("action", "add.components.0.owners"));

        String shown = ok(session.postMultipart(path, typed, null, page));

        assertThat(value(shown, "bidder.name")).isEqualTo("Beeldwacht Integratie B.V.");
        assertThat(selected(shown, "bidder.country")).isEqualTo("NL");
        assertThat(selected(shown, "bidder.stateOwned")).isEqualTo("false");
        assertThat(value(shown, "bidder.owners.0.name")).isEqualTo("Beeldwacht Holding B.V.");
        assertThat(selected(shown, "bidder.owners.0.stateOwned")).isEmpty();
        assertThat(value(shown, "components.0.role")).isEqualTo("Makes the cameras");
        assertThat(checked(shown, "components.0.access")).containsExactly("delivery", "software-updates");
        assertThat(value(shown, "components.0.owners.0.name")).isEqualTo("Polar Optics Group");
        assertThat(checked(shown, "measures")).containsExactly("NS-UPDATE-CONTROL");
        // One more owner row for the camera maker, empty; the other lists keep their rows.
        assertThat(value(shown, "components.0.owners.1.name")).isEmpty();
        assertThat(shown).doesNotContain("name=\"components.0.owners.2.name\"");
        assertThat(value(shown, "components.1.name")).isEmpty();
        assertThat(shown).doesNotContain("name=\"components.2.name\"");
        // The test has not run, so the confirmation waits in a hidden field; no outcome is shown.
        assertThat(shown).contains("type=\"hidden\" name=\"bidder.q1\" value=\"false\"",
                "name=\"bidder.q1.justification\" value=\"KvK-uittreksel gecontroleerd.\"");
        assertThat(shown).doesNotContain("id=\"natsec-uitkomst\"");

        typed.set(typed.size() - 1, Map.entry("action", "add.subcontractors"));
        String more = ok(session.postMultipart(path, typed, null, page));
        assertThat(value(more, "subcontractors.2.name")).isEmpty();
        assertThat(value(more, "components.0.name")).isEqualTo("Polar Optics Ltd.");
    }

    @Test
    void anUploadedDossierFillsTheFields() throws IOException {
        String shown = ok(session.postMultipart(path, List.of(Map.entry("action", "load")),
                new PageSession.Upload("dossier", "camera-bidder.yaml",
                        Files.readString(Path.of("examples/suppliers/camera-bidder.yaml"))), page));

        assertThat(value(shown, "bidder.name")).isEqualTo("Beeldwacht Integratie B.V.");
        assertThat(selected(shown, "bidder.country")).isEqualTo("NL");
        assertThat(value(shown, "bidder.owners.0.name")).isEqualTo("Beeldwacht Holding B.V.");
        assertThat(value(shown, "subcontractors.0.name")).isEqualTo("Noordkust Montage B.V.");
        assertThat(checked(shown, "subcontractors.0.access")).containsExactly("on-site", "sensitive-location");
        assertThat(checked(shown, "subcontractors.1.access")).containsExactly("none");
        assertThat(selected(shown, "subcontractors.1.stateOwned")).isEmpty();
        assertThat(value(shown, "components.0.name")).isEqualTo("Polar Optics Ltd.");
        assertThat(selected(shown, "components.0.country")).isEqualTo("AQ");
        assertThat(value(shown, "components.0.owners.1.name")).isEqualTo("Polar State Investment Fund");
        assertThat(selected(shown, "components.0.owners.1.stateOwned")).isEqualTo("true");
        assertThat(value(shown, "components.1.role")).isEqualTo("Video management software (VMS) on the buyer&#39;s servers");
        assertThat(shown).doesNotContain("id=\"natsec-uitkomst\"");
    }

    @Test
    void aDossierFileCanBeRunAtOnceOnTheScreenOrAsPdf() throws IOException {
        PageSession.Upload dossier = new PageSession.Upload("dossier", "camera-bidder.yaml",
                Files.readString(Path.of("examples/suppliers/camera-bidder.yaml")));
        String shown = ok(session.postMultipart(path, List.of(Map.entry("action", "run")), dossier, page));
        assertThat(shown).contains("id=\"natsec-uitkomst\"", "name=\"bidder.q1\"", "name=\"components.0.q3b.justification\"");
        // The cable wholesaler gets no access: it is listed, not tested, so the page asks no answers for it.
        assertThat(shown).doesNotContain("name=\"subcontractors.1.q1\"");

        HttpResponse<String> pdf = session.postMultipart(path, List.of(Map.entry("action", "pdf")), dossier, page);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    }

    @Test
    void aValueTheTestCannotUseIsRefusedBesideItsFieldInDutch() {
        String shown = ok(session.postMultipart(path, List.of(Map.entry("bidder.name", "Beeldwacht Integratie B.V."),
                Map.entry("bidder.country", "NL"), Map.entry("subcontractors.0.name", "Noordkust Montage B.V."),
                Map.entry("subcontractors.0.access", "on-site"), Map.entry("action", "run")), null, page));

        assertThat(shown).containsPattern("id=\"veld-subcontractors-0-country-fout\">Kies een land\\.</p>");
        assertThat(shown).contains("href=\"#veld-subcontractors-0-country\"");
        assertThat(value(shown, "subcontractors.0.name")).isEqualTo("Noordkust Montage B.V.");
        assertThat(shown).doesNotContain("id=\"natsec-uitkomst\"");
    }

    @Test
    void theQuestionnaireAndItsErrorsSpeakEnglishOnTheEnglishPage() {
        String english = ok(session.get(path + "?lang=en"));
        assertThat(english).contains("Add a subcontractor", "State-owned?", "Germany (DE)");
        String shown = ok(session.postMultipart(path, List.of(Map.entry("bidder.name", "Beeldwacht Integratie B.V."),
                Map.entry("action", "run")), null, english));
        assertThat(shown).contains("id=\"veld-bidder-country-fout\">Choose a country.</p>");
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The value of the text field with this name. */
    private static String value(String page, String name) {
        Matcher field = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
        assertThat(field.find()).as("field " + name).isTrue();
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(field.group());
        return value.find() ? value.group(1) : "";
    }

    /** The chosen option of the select with this name; empty for its blank option. */
    private static String selected(String page, String name) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
        assertThat(select.find()).as("select " + name).isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"").matcher(select.group(1));
        return option.find() ? option.group(1) : "";
    }

    /** The values of the ticked checkboxes with this name, in page order. */
    private static List<String> checked(String page, String name) {
        Matcher tag = Pattern.compile("<input[^>]*>").matcher(page);
        List<String> ticked = new ArrayList<>();
        while (tag.find()) {
            String input = tag.group();
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input);
            if (input.contains("type=\"checkbox\"") && input.contains("name=\"" + name + "\"") && input.contains("checked")
                    && value.find()) {
                ticked.add(value.group(1));
            }
        }
        return ticked;
    }
}
