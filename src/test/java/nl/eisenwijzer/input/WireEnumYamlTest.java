package nl.eisenwijzer.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.eisenwijzer.catalog.Tri;
import nl.eisenwijzer.gap.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.yaml.snakeyaml.Yaml;

/**
 * Every wire code of every {@link WireEnum} survives any YAML reader and JSON as the text it is. A code that a
 * YAML 1.1 reader (PyYAML, SnakeYAML and most tools) or a YAML 1.2 reader takes for a boolean, null, number or
 * date reaches the API from a tool that read the file as {@code true}, {@code null} or {@code 2025} instead: the
 * answer codes yes and no did exactly that.
 */
class WireEnumYamlTest {

    /**
     * {@link Tri} is the one intended exception: it reads and writes real booleans ({@code true}, {@code false}) on
     * purpose, as the national-security answers are booleans with "unknown" beside them, and it reads a YAML or
     * JSON boolean as what it is.
     */
    private static final Set<Class<?>> READ_AS_BOOLEANS = Set.of(Tri.class);

    /** The words a YAML 1.1 reader resolves to a boolean or null, in any case (y and n by the 1.1 spec itself). */
    private static final Set<String> SPECIAL_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null",
            "~", "");

    /**
     * Numbers (ints in any base, floats, sexagesimals like 1:20) and dates all start with a digit, a sign or a dot
     * (.5, .inf, .nan): no code does, whichever of them a given reader resolves.
     */
    private static final Pattern NUMBER_OR_DATE = Pattern.compile("^([-+]?[.0-9]|[-+]?\\.(inf|nan))", Pattern.CASE_INSENSITIVE);

    private static final Yaml YAML_1_1 = new Yaml();
    private static final Load YAML_1_2 = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());

    /** Every enum implementing {@link WireEnum} in the application's packages, found on the class path. */
    static List<Class<?>> wireEnums() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(WireEnum.class));
        return scanner.findCandidateComponents("nl.eisenwijzer").stream().<Class<?>>map(definition -> {
            try {
                return Class.forName(definition.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).filter(Class::isEnum).toList();
    }

    static Stream<Arguments> codes() {
        return wireEnums().stream().filter(type -> !READ_AS_BOOLEANS.contains(type))
                .flatMap(type -> Stream.of(type.getEnumConstants())
                        .map(constant -> Arguments.of(type.getSimpleName(), ((WireEnum) constant).wire())));
    }

    @Test
    void theScanFindsTheWireEnumsAcrossThePackages() {
        List<Class<?>> found = wireEnums();
        assertThat(found).contains(Answer.class, Tri.class, nl.eisenwijzer.profile.HostingRegion.class,
                nl.eisenwijzer.natsec.Question.class, nl.eisenwijzer.tender.TenderStatus.class);
        assertThat(found).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("codes")
    void noWireCodeIsANonStringToAYamlReader(String type, String code) {
        assertThat(SPECIAL_WORDS).as("a YAML 1.1 boolean or null word").doesNotContain(code.toLowerCase(Locale.ROOT));
        assertThat(NUMBER_OR_DATE.matcher(code).find()).as("looks like a number or date to some YAML reader").isFalse();
        // And what the readers themselves make of it, unquoted as a person writes it.
        assertThat(((Map<?, ?>) YAML_1_1.load("v: " + code)).get("v")).as("YAML 1.1 (SnakeYAML)").isEqualTo(code);
        assertThat(((Map<?, ?>) YAML_1_2.loadFromString("v: " + code)).get("v")).as("YAML 1.2 core schema").isEqualTo(code);
    }

    @Test
    void theReadersCatchWhatTheFirstAnswerCodesDid() {
        // The check above would have refused yes and no, which API v1 still reads as deprecated aliases.
        assertThat(Answer.deprecatedAliases()).containsExactly("yes", "partial", "no");
        assertThat(YAML_1_1.<Map<?, ?>>load("v: yes").get("v")).isEqualTo(Boolean.TRUE);
        assertThat(YAML_1_1.<Map<?, ?>>load("v: no").get("v")).isEqualTo(Boolean.FALSE);
        assertThat(SPECIAL_WORDS).contains("yes", "no");
    }
}
