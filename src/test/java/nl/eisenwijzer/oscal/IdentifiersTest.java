package nl.eisenwijzer.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How OSCAL ids, uuids and timestamps are made from the input. */
class IdentifiersTest {

    private static final String TOKEN = "^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$";
    private static final String UUID_V4_OR_V5 =
            "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$";

    @Test
    void nameBasedUuidsFollowTheRfc() {
        // The version 5 example of Python's uuid module: uuid5(NAMESPACE_DNS, 'python.org').
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(Uuids.nameBased(dns, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    @Test
    void uuidsAreStableOscalUuidsThatDependOnEveryPart() {
        String uuid = Uuids.of("finding", "sha256:ab", "nl", "Cyberwijs B.V.", "BIO2-5.1");
        assertThat(uuid).matches(UUID_V4_OR_V5).isEqualTo(Uuids.of("finding", "sha256:ab", "nl", "Cyberwijs B.V.", "BIO2-5.1"));
        assertThat(Uuids.of("finding", "sha256:ab", "nl", "Cyberwijs B.V.", "BIO2-5.2")).isNotEqualTo(uuid);
        // Parts are kept apart: moving text from one part to the next gives another uuid.
        assertThat(Uuids.of("ab", "c")).isNotEqualTo(Uuids.of("a", "bc"));
    }

    @Test
    void catalogueIdsStayAsTheyAreAndAnythingElseBecomesAReversibleToken() {
        assertThat(Tokens.of("NIS2-21.2.a")).isEqualTo("NIS2-21.2.a");
        assertThat(Tokens.of("IEC62443-4-2-CR1.1")).isEqualTo("IEC62443-4-2-CR1.1");
        assertThat(Tokens.of("1 A/b_c")).isEqualTo("_0031_0020A_002fb_005fc").matches(TOKEN);
        assertThat(Tokens.of("Één")).isEqualTo("Één").matches(TOKEN);
        // '_' is escaped too, so an id cannot collide with another id plus a suffix such as _smt.
        assertThat(Tokens.of("A_smt")).isNotEqualTo(Tokens.of("A") + "_smt");
    }

    @Test
    void datesBecomeMidnightUtc() {
        assertThat(Timestamps.of(LocalDate.of(2025, 7, 7))).isEqualTo("2025-07-07T00:00:00Z");
        assertThat(Timestamps.of(null)).isNull();
    }
}
