package nl.eisenwijzer.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tender store's contract, run on every database it is meant for: the default H2 and a real PostgreSQL
 * (see {@link RealPostgres} for how that runs when the tests run as root). Each database is migrated by
 * Flyway from {@code db/migration}, as the application does, and emptied before each test.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("databases")
class TenderStoreTest {

    private static final Editor VELSEN = new Editor("Inkoper Velsen (inkoper@velsen)", "Gemeente Velsen");
    private static final Editor VELSEN_COLLEAGUE = new Editor("Jurist Velsen (jurist@velsen)", "Gemeente Velsen");
    private static final Editor HAARLEM = new Editor("Inkoper Haarlem (inkoper@haarlem)", "Gemeente Haarlem");
    /** Nanoseconds on purpose: the store keeps microseconds, what PostgreSQL keeps. */
    private static final Instant START = Instant.parse("2026-03-02T09:15:30.123456789Z");

    private static final String PROFILE = """
            title: Leerprogramma Privacy & Informatiebeveiliging
            organisationType: gemeente
            productTypes: [saas, awareness-training]
            personalData: regular
            """;

    static List<TestDatabase> databases() {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(new TestDatabase("H2 (in memory)", "H2 2.", () -> {
            DataSource h2 = new DriverManagerDataSource(
                    "jdbc:h2:mem:tender-store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            return new Opened(h2, () -> JdbcClient.create(h2).sql("shutdown").update());
        }));
        RealPostgres.Launcher launcher = RealPostgres.Launcher.automatic();
        databases.add(postgres(launcher));
        // As root the fallback launcher runs as well, also where zonky's user namespace works (as on a developer's
        // machine), so that it is proven wherever the tests run as root and cannot break unnoticed.
        if (RealPostgres.isRoot() && launcher != RealPostgres.Launcher.RUNUSER) {
            databases.add(postgres(RealPostgres.Launcher.RUNUSER));
        }
        return databases;
    }

    private static TestDatabase postgres(RealPostgres.Launcher launcher) {
        return new TestDatabase("PostgreSQL 17 (" + launcher.name().toLowerCase(Locale.ROOT) + ")", "PostgreSQL 17.", () -> {
            RealPostgres postgres = RealPostgres.start(launcher);
            return new Opened(postgres.dataSource(), postgres);
        });
    }

    @BeforeParameterizedClassInvocation
    static void open(TestDatabase database) {
        database.open();
    }

    @AfterParameterizedClassInvocation
    static void close(TestDatabase database) throws Exception {
        database.close();
    }

    @Parameter
    TestDatabase database;

    private JdbcClient jdbc;
    private TestClock clock;
    private TenderStore store;

    @BeforeEach
    void emptyStore() {
        DataSource dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("delete from tender_change").update();
        jdbc.sql("delete from tender").update();
        clock = new TestClock(START);
        store = new TenderStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock);
    }

    private static TenderContent content(String title, TenderStatus status, String profile, String notes) {
        return new TenderContent(title, status, profile, notes);
    }

    private static TenderContent draft(String title) {
        return content(title, TenderStatus.DRAFT, PROFILE.replace("Leerprogramma Privacy & Informatiebeveiliging", title), null);
    }

    @Test
    void theContractRunsOnTheDatabaseItNames() throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(database.dataSource(),
                metaData -> metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion());
        assertThat(product).startsWith(database.product);
    }

    @Test
    void aCreatedTenderReadsBackWithEveryField() {
        Tender created = store.create(VELSEN, content("Leerprogramma", TenderStatus.DRAFT, PROFILE, "Eerste opzet."),
                "created", "Start van de aanbesteding");

        Instant saved = START.truncatedTo(ChronoUnit.MICROS);
        assertThat(created.id()).isNotNull();
        assertThat(created).isEqualTo(new Tender(created.id(), "Gemeente Velsen", "Leerprogramma", TenderStatus.DRAFT,
                PROFILE, "Eerste opzet.", 1, saved, VELSEN.username(), saved, VELSEN.username()));
        assertThat(store.get("Gemeente Velsen", created.id())).isEqualTo(created);
        assertThat(store.find("Gemeente Velsen", created.id())).contains(created);
        assertThat(store.history("Gemeente Velsen", created.id())).containsExactly(new TenderChange(1, saved,
                VELSEN.username(), "created", "Start van de aanbesteding", TenderStatus.DRAFT, PROFILE, "Eerste opzet."));
    }

    @Test
    void aListHoldsOnlyTheOrganisationsOwnTendersTheMostRecentlyChangedFirst() {
        Tender first = store.create(VELSEN, draft("Eerste"), "created", null);
        clock.advance(Duration.ofMinutes(1));
        Tender second = store.create(VELSEN, draft("Tweede"), "created", null);
        clock.advance(Duration.ofMinutes(1));
        Tender haarlem = store.create(HAARLEM, draft("Haarlems"), "created", null);
        clock.advance(Duration.ofMinutes(1));
        Tender firstChanged = store.update(VELSEN_COLLEAGUE, first.id(), 1, draft("Eerste, herzien"), "title", null);

        assertThat(store.list("Gemeente Velsen")).containsExactly(firstChanged, second);
        assertThat(store.list("Gemeente Haarlem")).containsExactly(haarlem);
        assertThat(store.list("Gemeente Bloemendaal")).isEmpty();
    }

    @Test
    void anotherOrganisationsTenderIsNotFoundAndCannotBeChanged() {
        Tender velsen = store.create(VELSEN, draft("Velsens"), "created", null);
        UUID id = velsen.id();

        assertThat(store.find("Gemeente Haarlem", id)).isEmpty();
        assertThatThrownBy(() -> store.get("Gemeente Haarlem", id)).isInstanceOf(TenderNotFoundException.class)
                .hasMessageContaining(id.toString());
        assertThatThrownBy(() -> store.update(HAARLEM, id, 1, draft("Overgenomen"), "title", "poging"))
                .isInstanceOf(TenderNotFoundException.class);
        assertThatThrownBy(() -> store.history("Gemeente Haarlem", id)).isInstanceOf(TenderNotFoundException.class);
        // The refused update wrote nothing.
        assertThat(store.get("Gemeente Velsen", id)).isEqualTo(velsen);
        assertThat(store.history("Gemeente Velsen", id)).hasSize(1);
        // An id nobody has is not found either.
        assertThatThrownBy(() -> store.get("Gemeente Velsen", UUID.randomUUID())).isInstanceOf(TenderNotFoundException.class);
    }

    @Test
    void anUpdateRaisesTheVersionAndTheHistoryKeepsEveryVersionNewestFirst() {
        Tender created = store.create(VELSEN, draft("Leerprogramma"), "created", null);
        clock.advance(Duration.ofHours(2));
        String special = PROFILE.replace("personalData: regular", "personalData: special");
        Tender second = store.update(VELSEN_COLLEAGUE, created.id(), 1,
                content("Leerprogramma", TenderStatus.DRAFT, special, "Bijzondere persoonsgegevens."),
                "personalData: regular → special", "  Advies FG  ");
        Instant secondAt = START.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MICROS);
        clock.advance(Duration.ofDays(1));
        Tender third = store.update(VELSEN, created.id(), 2,
                content("Leerprogramma", TenderStatus.READY, special, "Klaar voor review."), "status", " ");
        Instant thirdAt = START.plus(Duration.ofHours(2)).plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS);

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(third.status()).isEqualTo(TenderStatus.READY);
        assertThat(third.createdAt()).isEqualTo(created.createdAt());
        assertThat(third.createdBy()).isEqualTo(VELSEN.username());
        assertThat(third.updatedAt()).isEqualTo(thirdAt);
        assertThat(third.updatedBy()).isEqualTo(VELSEN.username());
        assertThat(store.get("Gemeente Velsen", created.id())).isEqualTo(third);
        assertThat(store.history("Gemeente Velsen", created.id())).containsExactly(
                // A blank reason is no reason; a reason is kept without its surrounding spaces.
                new TenderChange(3, thirdAt, VELSEN.username(), "status", null, TenderStatus.READY, special,
                        "Klaar voor review."),
                new TenderChange(2, secondAt, VELSEN_COLLEAGUE.username(), "personalData: regular → special", "Advies FG",
                        TenderStatus.DRAFT, special, "Bijzondere persoonsgegevens."),
                new TenderChange(1, created.createdAt(), VELSEN.username(), "created", null, TenderStatus.DRAFT,
                        created.profile(), null));
    }

    @Test
    void aSaveOnAnOlderVersionIsRefusedWithTheCurrentTenderAndWritesNothing() {
        Tender created = store.create(VELSEN, draft("Leerprogramma"), "created", null);
        // Both open version 1; the colleague saves first.
        clock.advance(Duration.ofMinutes(5));
        Tender colleagues = store.update(VELSEN_COLLEAGUE, created.id(), 1,
                content("Leerprogramma", TenderStatus.DRAFT, PROFILE + "internetFacing: true\n", "Collega"),
                "internetFacing: + true", "Portaal");
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> store.update(VELSEN, created.id(), 1,
                content("Mijn titel", TenderStatus.PUBLISHED, PROFILE + "wireless: true\n", "Mijn notities"),
                "wireless: + true", "Mijn reden"))
                .isInstanceOfSatisfying(StaleTenderException.class, e -> {
                    assertThat(e.current()).isEqualTo(colleagues);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.getMessage()).contains(VELSEN_COLLEAGUE.username()).contains("version 2");
                });

        assertThat(store.get("Gemeente Velsen", created.id())).isEqualTo(colleagues);
        List<TenderChange> history = store.history("Gemeente Velsen", created.id());
        assertThat(history).extracting(TenderChange::version).containsExactly(2L, 1L);
        assertThat(history).allSatisfy(change -> {
            assertThat(change.reason()).isNotEqualTo("Mijn reden");
            assertThat(change.profile()).doesNotContain("wireless");
            assertThat(change.status()).isNotEqualTo(TenderStatus.PUBLISHED);
        });
        assertThat(jdbc.sql("select count(*) from tender_change where tender_id = ?").param(created.id())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from tender_change where changed_by = ? and version > 1")
                .param(VELSEN.username()).query(Long.class).single()).isZero();
    }

    @Test
    void unicodeAndLongTextSurvive() {
        // 300 UTF-16 units (the column's length on both databases), with accents, a dash, the euro, CJK and an emoji.
        String head = "Ĳsselmonde – beveiliging € ë ç ø 漢字 🔒 ";
        String title = head + "x".repeat(300 - head.length());
        assertThat(title).hasSize(300);
        StringBuilder longProfile = new StringBuilder("title: \"" + title + "\"\norganisationType: gemeente\n");
        for (int i = 0; longProfile.length() < 400_000; i++) {
            longProfile.append("# regel ").append(i).append(": Privacy – “aanhalingstekens”, 'enkel', \\backslash\\, ")
                    .append("tab\there, ¿¡, Ελληνικά, русский, עברית, العربية, 🇳🇱\n");
        }
        String notes = "Notitie met\nregels,\r\nen '; drop table tender; -- en \"quotes\" en 💡".repeat(2_000);
        Editor editor = new Editor("Inkoper Ĳsselstein (inkoper@ijsselstein) ✓", "Gemeente Súdwest-Fryslân");

        Tender created = store.create(editor, content(title, TenderStatus.DRAFT, longProfile.toString(), notes),
                "aangemaakt – eerste versie", "Reden met émoji 🙂");

        Tender read = store.get("Gemeente Súdwest-Fryslân", created.id());
        assertThat(read).isEqualTo(created);
        assertThat(read.title()).isEqualTo(title);
        assertThat(read.profile()).isEqualTo(longProfile.toString()).hasSizeGreaterThan(400_000);
        assertThat(read.notes()).isEqualTo(notes);
        assertThat(read.createdBy()).isEqualTo(editor.username());
        assertThat(store.list("Gemeente Súdwest-Fryslân")).containsExactly(created);
        TenderChange change = store.history("Gemeente Súdwest-Fryslân", created.id()).get(0);
        assertThat(change.summary()).isEqualTo("aangemaakt – eerste versie");
        assertThat(change.reason()).isEqualTo("Reden met émoji 🙂");
        assertThat(change.profile()).isEqualTo(longProfile.toString());
        assertThat(change.notes()).isEqualTo(notes);
    }

    /** What a database gives a test class: its data source, and how to let it go. */
    record Opened(DataSource dataSource, AutoCloseable close) {
    }

    /** A database the contract runs on, opened (and migrated) before the class's tests and closed after them. */
    static final class TestDatabase implements AutoCloseable {

        private final String name;
        /** How the database names itself (product and version), so that a run cannot quietly use another. */
        private final String product;
        private final Supplier<Opened> opener;
        private Opened opened;

        TestDatabase(String name, String product, Supplier<Opened> opener) {
            this.name = name;
            this.product = product;
            this.opener = opener;
        }

        void open() {
            opened = opener.get();
            Flyway.configure().dataSource(opened.dataSource()).locations("classpath:db/migration").load().migrate();
        }

        DataSource dataSource() {
            return opened.dataSource();
        }

        @Override
        public void close() throws Exception {
            if (opened != null) {
                Opened closing = opened;
                opened = null;
                closing.close().close();
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A clock the test moves by hand, so that times are known and orders are certain. */
    static final class TestClock extends Clock {

        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the store reads instants only");
        }
    }
}
