package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.eisenwijzer.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The pages' texts: Dutch and English key for key, and what Java words with them (errors, history lines). */
class PageTextsTest {

    private static final Path DUTCH = Path.of("src/main/resources/messages.properties");
    private static final Path ENGLISH = Path.of("src/main/resources/messages_en.properties");

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyTextHasItsEnglishAndNoQuoteBreaksAPlaceholder() throws IOException {
        Properties dutch = read(DUTCH);
        Properties english = read(ENGLISH);
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        for (Properties texts : List.of(dutch, english)) {
            texts.forEach((key, value) -> {
                if (value.toString().contains("{0}")) {
                    // MessageFormat would swallow the text after a plain apostrophe.
                    assertThat(value.toString()).as(key.toString()).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void anEngineErrorIsSaidInDutchWithItsFieldAndAllowedValues() {
        Texts dutch = new Texts(messages(), Locale.forLanguageTag("nl"));
        InvalidInputException error = InvalidInputException.notAllowed("personalData", "some", List.of("none", "regular", "special"));
        assertThat(InputErrors.describe(error, dutch))
                .isEqualTo("Veld ‘personalData’: ‘some’ is niet toegestaan. Toegestaan: none, regular, special.");
        assertThat(InputErrors.describe(new InvalidInputException("contractMonths",
                "field 'contractMonths': 300 is out of range; allowed: 1 to 240"), dutch))
                .isEqualTo("Veld ‘contractMonths’: Vul een getal van 1 tot en met 240 in.");
        Texts english = new Texts(messages(), Locale.ENGLISH);
        assertThat(InputErrors.describe(error, english)).isEqualTo(error.getMessage());
    }

    @Test
    void aHistoryLineIsSaidInTheWizardsWords() {
        ChangeWords dutch = new ChangeWords(messages(), Locale.forLanguageTag("nl"));
        assertThat(dutch.of("personalData: none → regular; internetFacing: + true; tailoring.exclude[0].id: + BIO2-5.23; suitability.ask: + certificate; x: y"))
                .containsExactly("Verwerkt de oplossing persoonsgegevens?: Nee → Ja, gewone persoonsgegevens",
                        "De oplossing is vanaf het internet bereikbaar: + ja",
                        "Weggelaten regel: + BIO2-5.23",
                        "Welke geschiktheidseisen stelt u?: + Certificaat informatiebeveiliging (ISO 27001 of gelijkwaardig)",
                        "x: y");
        assertThat(new ChangeWords(messages(), Locale.ENGLISH).of("status: draft → published"))
                .containsExactly("Status: Draft → Published");
    }
}
