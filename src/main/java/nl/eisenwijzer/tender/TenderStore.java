package nl.eisenwijzer.tender;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saved tenders in the database. Every method takes the organisation (through {@link Editor} or as an
 * argument) and never reads or writes outside it. A write and its history row are one transaction.
 */
public final class TenderStore {

    private static final String COLUMNS = "id, organisation, title, status, profile, notes, version, created_at, "
            + "created_by, updated_at, updated_by";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public TenderStore(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The organisation's tenders, most recently changed first. */
    public List<Tender> list(String organisation) {
        return jdbc.sql("select " + COLUMNS + " from tender where organisation = ? order by updated_at desc, title")
                .param(organisation)
                .query(TenderStore::tender)
                .list();
    }

    public Optional<Tender> find(String organisation, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tender where organisation = ? and id = ?")
                .param(organisation).param(id)
                .query(TenderStore::tender)
                .optional();
    }

    public Tender get(String organisation, UUID id) {
        return find(organisation, id).orElseThrow(() -> new TenderNotFoundException(id));
    }

    /** Saves a new tender as version 1, with its first history row. */
    public Tender create(Editor editor, TenderContent content, String summary, String reason) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        return transactions.execute(status -> {
            jdbc.sql("insert into tender (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")
                    .params(id, editor.organisation(), content.title(), content.status().wire(), content.profile(),
                            content.notes(), now, editor.username(), now, editor.username())
                    .update();
            recordChange(id, 1, now, editor, summary, reason, content);
            return get(editor.organisation(), id);
        });
    }

    /**
     * Saves a change made on {@code expectedVersion}. When another save came in between, nothing is written and
     * {@link StaleTenderException} carries the stored tender; a tender of another organisation is not found.
     */
    public Tender update(Editor editor, UUID id, long expectedVersion, TenderContent content, String summary,
            String reason) {
        OffsetDateTime now = now();
        return transactions.execute(status -> {
            int updated = jdbc.sql("update tender set title = ?, status = ?, profile = ?, notes = ?, "
                            + "version = version + 1, updated_at = ?, updated_by = ? "
                            + "where id = ? and organisation = ? and version = ?")
                    .params(content.title(), content.status().wire(), content.profile(), content.notes(), now,
                            editor.username(), id, editor.organisation(), expectedVersion)
                    .update();
            if (updated == 0) {
                Tender current = get(editor.organisation(), id);
                throw new StaleTenderException(current, expectedVersion);
            }
            recordChange(id, expectedVersion + 1, now, editor, summary, reason, content);
            return get(editor.organisation(), id);
        });
    }

    /** Every saved version of the tender, the newest first. */
    public List<TenderChange> history(String organisation, UUID id) {
        get(organisation, id);
        return jdbc.sql("select version, changed_at, changed_by, summary, reason, status, profile, notes "
                        + "from tender_change where tender_id = ? order by version desc")
                .param(id)
                .query((rs, row) -> new TenderChange(rs.getLong("version"), instant(rs, "changed_at"),
                        rs.getString("changed_by"), rs.getString("summary"), rs.getString("reason"),
                        status(rs.getString("status")), rs.getString("profile"), rs.getString("notes")))
                .list();
    }

    private void recordChange(UUID id, long version, OffsetDateTime at, Editor editor, String summary, String reason,
            TenderContent content) {
        jdbc.sql("insert into tender_change (tender_id, version, changed_at, changed_by, summary, reason, status, "
                        + "profile, notes) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, version, at, editor.username(), summary, blankToNull(reason), content.status().wire(),
                        content.profile(), content.notes())
                .update();
    }

    /** Microseconds: what PostgreSQL keeps, so that a value reads back as it was written on both databases. */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Tender tender(ResultSet rs, int row) throws SQLException {
        return new Tender(rs.getObject("id", UUID.class), rs.getString("organisation"), rs.getString("title"),
                status(rs.getString("status")), rs.getString("profile"), rs.getString("notes"),
                rs.getLong("version"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Status as stored: its wire value. */
    private static TenderStatus status(String wire) {
        return nl.eisenwijzer.input.WireEnum.parse(TenderStatus.class, "status", wire);
    }
}
