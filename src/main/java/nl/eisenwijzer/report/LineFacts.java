package nl.eisenwijzer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.pve.Pve;

/**
 * What every PvE document says about a line besides its text and sub-points, in one order: the buyer's
 * change of text, what the bidder submits (or, for a contract condition, how it is verified after award), the
 * law behind it, what it answers, its annex, and the reasons. The Markdown, the printable HTML and the Word
 * justification lay these out each in their own way, and so say the same.
 *
 * @param value the fact as text; {@code null} for a fact that is a list of reasons
 * @param reasons the rule reasons of the fact; empty for a plain fact
 */
public record LineFacts(Text label, String value, List<Pve.Reason> reasons) {

    /** The facts of one line, in the order the documents show them; facts without content are left out. */
    public static List<LineFacts> of(Catalog catalog, Pve pve, PveChapters chapters, Pve.Line line) {
        Language language = pve.language();
        List<LineFacts> facts = new ArrayList<>();
        if (line.originalText() != null) {
            facts.add(plain(Labels.ORIGINAL_TEXT, line.originalText()));
        }
        if (line.kind() == Kind.CONTRACTVOORWAARDE && !line.verification().isEmpty()) {
            facts.add(plain(Labels.VERIFICATION, String.join("; ", line.verification())));
        } else if (!line.evidence().isEmpty()) {
            facts.add(plain(Labels.EVIDENCE, line.evidence().stream().map(id -> Labels.evidence(catalog, id, language))
                    .collect(Collectors.joining("; "))));
        }
        if (!line.legalBasis().isEmpty()) {
            facts.add(plain(Labels.LEGAL_BASIS, String.join("; ", line.legalBasis())));
        }
        if (line.annex() != null) {
            Pve.Annex annex = pve.annexOf(line);
            facts.add(plain(Labels.SEE_ANNEX, annexReference(chapters, line, language) + " ("
                    + Text.of(annex.entries().size() + " eisen uit ", annex.entries().size() + " requirements from ")
                            .in(language)
                    + String.join(", ", annex.frameworks()) + ")"));
        }
        if (line.satisfies().size() > 1) {
            facts.add(plain(Labels.SATISFIES, String.join(", ", line.satisfies())));
        }
        if (!line.mapsTo().isEmpty()) {
            facts.add(plain(Labels.RELATED, String.join(", ", line.mapsTo())));
        }
        reasons(facts, Labels.WHY, line.reasons());
        // The buyer's change of kind is said once, as tailoring.
        reasons(facts, Labels.KIND, line.kindReasons().stream().filter(r -> !line.tailoring().contains(r)).toList());
        reasons(facts, Labels.MERGED, line.mergeReasons());
        reasons(facts, Labels.TAILORED, line.tailoring());
        return facts;
    }

    /**
     * A line's text as one block for a cell: the text, then each sub-point as "id title: text" on its own line,
     * then where a declaration line's annex is.
     */
    public static String fullText(Pve pve, PveChapters chapters, Pve.Line line) {
        StringBuilder text = new StringBuilder(line.text());
        line.items().forEach(item -> text.append("\n\u2022 ").append(item.id()).append(' ').append(item.title())
                .append(": ").append(item.text()));
        if (line.annex() != null) {
            text.append("\n").append(Labels.SEE_ANNEX.in(pve.language())).append(": ")
                    .append(annexReference(chapters, line, pve.language()));
        }
        return text.toString();
    }

    /** The heading of the annex of a declaration line: "Bijlage bij 1.2 EW-DECL-BIO2: ...". */
    public static String annexHeading(PveChapters chapters, Pve.Line line, Pve.Annex annex, Language language) {
        return annexReference(chapters, line, language) + " " + line.id() + ": " + annex.title();
    }

    /** Every declaration line with its annex, in PvE order. */
    public static List<Annexed> annexed(Pve pve, PveChapters chapters) {
        return chapters.lines().stream().filter(n -> n.line().annex() != null)
                .map(n -> new Annexed(n, pve.annexOf(n.line()))).toList();
    }

    /** A declaration line, numbered, and its annex. */
    public record Annexed(PveChapters.NumberedLine line, Pve.Annex annex) {
    }

    /** A label with a plain value, as the Markdown and the HTML show it. */
    public boolean plain() {
        return value != null;
    }

    private static String annexReference(PveChapters chapters, Pve.Line line, Language language) {
        String number = chapters.lines().stream().filter(n -> n.line() == line).map(PveChapters.NumberedLine::number)
                .findFirst().orElseThrow();
        return Text.of("Bijlage bij " + number, "Annex to " + number).in(language);
    }

    private static LineFacts plain(Text label, String value) {
        return new LineFacts(label, value, List.of());
    }

    private static void reasons(List<LineFacts> facts, Text label, List<Pve.Reason> reasons) {
        if (!reasons.isEmpty()) {
            facts.add(new LineFacts(label, null, reasons));
        }
    }
}
