package nl.eisenwijzer.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eisenwijzer.award.AwardAdvice;
import nl.eisenwijzer.award.AwardReport;
import nl.eisenwijzer.catalog.Kind;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Money;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.gap.GapStatus;
import nl.eisenwijzer.gap.Verdict;
import nl.eisenwijzer.pve.Pve.Reason;

/**
 * The gap report as an evaluation committee reads it, in the one order every rendering follows (Markdown here, print
 * and Word in {@code documents}):
 *
 * <ol>
 *   <li>the <b>summary</b>, a few pages whatever the number of bidders: the award advice, the ranking with the points per
 *       criterion, each bidder's verdict in one sentence, the decisive gaps, the open contract conditions, and the
 *       shortlist and draw when they apply (with one bidder and no award: its verdict, open items and roadmap);</li>
 *   <li>the material of the <b>award decision</b> (gunningsbeslissing, Aanbestedingswet 2012 art. 2.130): per bidder the
 *       text blocks of its letter, once the advice names a winner;</li>
 *   <li>the <b>annexes</b>, lettered in order: the scoring with its arithmetic and the committee's motivations, the
 *       requirements × bidders matrix, and each bidder in full.</li>
 * </ol>
 *
 * <p>This class decides what each part says, in the report's language; a rendering ({@link Parts}) decides only how it
 * looks. Lists in the summary name a bounded number of requirements per bidder and refer to the annex for the rest, so
 * that the summary stays short for twenty bidders as for two.
 */
public final class GapSections {

    /** How many requirements a bidder's line in the summary names before it refers to the annex for the rest. */
    static final int NAMED_GAPS = 4;
    static final int NAMED_CONDITIONS = 8;
    /** How many reasons a decisive gap shows in the summary; the annex has them all. */
    static final int SHOWN_REASONS = 2;
    /** The statutory minimum standstill period, Aanbestedingswet 2012 art. 2.127 lid 3. */
    static final int STANDSTILL_DAYS = 20;

    public static final Text ADVICE = Text.of("Gunningsadvies", "Award advice");
    public static final Text VERDICTS = Text.of("Oordeel per inschrijver", "Verdict per bidder");
    public static final Text DECISIVE = Text.of("Beslissende tekortkomingen", "Decisive gaps");
    public static final Text OPEN_CONDITIONS = Text.of("Open contractvoorwaarden", "Open contract conditions");
    public static final Text DRAW = Text.of("Loting", "Draw by lot");
    public static final Text DECISION = Text.of("Gunningsbeslissing", "Award decision");
    public static final Text SETTLED = Text.of("Aangetoond of afwijking aanvaard", "Met or waived");
    public static final Text ROADMAP_DUE = Text.of("Roadmap uiterlijk", "Roadmap due");
    public static final Text PLACE = Text.of("Plaats", "Place");
    public static final Text BID_PRICE = Text.of("Inschrijfprijs", "Bid price");
    public static final Text TOTAL = Text.of("Totaal", "Total");
    public static final Text STATUS = Text.of("Status", "Status");
    public static final Text CRITERION = Text.of("Criterium", "Criterion");
    public static final Text MAXIMUM = Text.of("Maximum", "Maximum");
    public static final Text RATING = Text.of("Beoordeling", "Rating");
    public static final Text SHARE = Text.of("Deel van het maximum", "Share of the maximum");
    public static final Text EXPLANATION = Text.of("Toelichting", "Explanation");
    public static final Text WINNING_BID = Text.of("Winnende inschrijving", "Winning bid");
    public static final Text YOUR_BID = Text.of("Uw inschrijving", "Your bid");
    public static final Text WINNERS_MOTIVATION = Text.of("Kenmerken van de winnende inschrijving",
            "Characteristics of the winning bid");

    private static final Text ANNEX_SCORING = Text.of("Puntentelling en motivering", "Scoring and motivation");
    private static final Text ANNEX_MATRIX = Text.of("Matrix eisen \u00d7 inschrijvers", "Requirements \u00d7 bidders matrix");
    private static final Text ANNEX_BIDDERS = Text.of("Toetsing per inschrijver", "Assessment per bidder");
    private static final Text INVITATION = Text.of("Uitnodiging voor ", "Invitation to ");
    private static final Map<AwardReport.CriterionKind, Text> CRITERION_KINDS = Map.of(
            AwardReport.CriterionKind.PRICE, Text.of("prijs", "price"),
            AwardReport.CriterionKind.QUALITY, Text.of("kwaliteit", "quality"),
            AwardReport.CriterionKind.SECURITY, Text.of("beveiliging (wensen uit het PvE)", "security (wishes of the PvE)"));
    private static final Map<AwardReport.LetterOutcome, Text> LETTER_OUTCOMES = Map.of(
            AwardReport.LetterOutcome.AWARDED, Text.of("Voornemen tot gunning", "Intended award"),
            AwardReport.LetterOutcome.NOT_AWARDED, Text.of("Afwijzing", "Not awarded"),
            AwardReport.LetterOutcome.EXCLUDED, Text.of("Uitgesloten", "Excluded"));
    private static final String NONE = "\u2014";
    /** The rules of rules/gap/status.drl that record which answer covers a requirement, and nothing more. */
    private static final Set<String> ANSWER_RULES = Set.of("statement-on-the-requirement", "statement-on-the-line");

    /** The parts of the report, which each rendering writes its own way, in the order {@link #write} calls them. */
    public interface Parts {

        /** A top-level section (summary, award decision, annex), on a new page when asked; its anchor names it in links. */
        void section(Section section);

        /** A heading inside a section. */
        void heading(String text);

        void paragraph(String text);

        /** The deprecation notice: set apart from the text around it. */
        void notice(String text);

        /** Reasons with the rule behind each, as a list. */
        void reasons(List<Reason> reasons);

        /** The award advice in one sentence, under its label. */
        void advice(String label, String sentence);

        void ranking(Ranking ranking);

        /** Each bidder's verdict in one sentence. */
        void verdicts(List<VerdictLine> verdicts);

        /** The decisive gaps, bidder by bidder, with the reasons; then what the table leaves to the annex. */
        void decisiveGaps(List<GapLine> gaps, List<String> notes);

        /** Per bidder a run of requirements, id and title. */
        void listed(List<Listed> lists);

        /** One bidder's open requirements, id, title, kind and status (the summary of a report on one bidder). */
        void openItems(List<GapReport.Item> items);

        /** One bidder's text blocks for the award letter. */
        void letter(Letter letter);

        /** The award criteria and the scale quality is judged on. */
        void criteria(List<CriterionRow> criteria, List<ScaleRow> scale);

        /** One bid's points per criterion with the rule and the arithmetic, then its total and place. */
        void scores(BidScores bid);

        void matrix(GapReport.Matrix matrix);

        /** One bidder in full: suitability, warnings, every requirement with its status and reasons, roadmap. */
        void bidder(String anchor, GapReport.SupplierReport supplier);
    }

    /** A top-level section; {@code entries} are what a table of contents or the PDF's bookmarks list under it. */
    public record Section(String anchor, String heading, boolean newPage, List<Entry> entries) {
    }

    /** A place inside a section that a bookmark leads to. */
    public record Entry(String anchor, String title) {
    }

    /**
     * The ranking table: place, bidder, bid price (when any bid has one), points per criterion and total; the excluded
     * bids last.
     *
     * @param criteria the criteria's ids, in the award section's order: the column headers
     * @param note what the ids stand for and how the table is read
     */
    public record Ranking(List<String> criteria, boolean prices, List<RankRow> rows, String note) {
    }

    /** @param points one cell per criterion, then the total; dashes for an excluded bid */
    public record RankRow(String place, String bidder, Verdict verdict, String price, List<String> points) {
    }

    public record VerdictLine(String bidder, Verdict verdict, String sentence) {
    }

    /**
     * A decisive gap: {@code bidder} only on the first of a bidder's lines; the first reasons beyond the bidder's own
     * answer, and where the rest are ({@code more}, or {@code null} when all are shown).
     */
    public record GapLine(String bidder, GapReport.Item item, List<Reason> reasons, String more) {
    }

    /** Bidders with the same requirements open, as one run of text, with how many there are ("31", "elk 31"). */
    public record Listed(List<String> bidders, String count, String text) {
    }

    /**
     * The text blocks of one bidder's award letter.
     *
     * @param opening paragraphs before the advantages
     * @param advantagesLead the sentence before the advantages or, when there are none, before the reasons
     * @param reasons the reasons of an exclusion, or of the place when no criterion sets the bids apart
     * @param closing paragraphs after them: the winner's name where needed, and the standstill period
     */
    public record Letter(String anchor, String bidder, AwardReport.LetterOutcome outcome, String outcomeLabel,
            List<String> opening, String advantagesLead, List<AdvantageRow> advantages, List<Reason> reasons,
            List<String> closing) {
    }

    /** A criterion on which the winning bid scored more: the winner's points, this bid's, and why the winner scored so. */
    public record AdvantageRow(String criterion, String winnerPoints, String points, String motivation) {
    }

    public record CriterionRow(String id, String name, String kind, String maximum) {
    }

    public record ScaleRow(String rating, String share) {
    }

    /** @param heading the bidder with its place and total */
    public record BidScores(String anchor, String heading, List<ScoreRow> rows, List<Reason> reasons) {
    }

    /**
     * @param rating the rating's name on the scale, for a quality criterion
     * @param motivation the committee's motivation where the explanation does not already quote it
     */
    public record ScoreRow(String criterion, String points, String rating, Reason how, String motivation) {
    }

    private final GapReport report;
    private final Language lang;
    private final AwardReport award;
    private final Map<String, GapReport.SupplierReport> suppliers;
    private final List<Section> outline = new ArrayList<>();
    private Section decision;
    private Section scoring;
    private Section matrix;
    private Section bidders;

    private GapSections(GapReport report) {
        this.report = report;
        this.lang = report.language();
        this.award = report.award();
        this.suppliers = report.suppliers().stream().collect(Collectors.toMap(GapReport.SupplierReport::name, Function.identity()));
        outline();
    }

    /** The top-level sections of the report, with what each lists: for a table of contents or PDF bookmarks. */
    public static List<Section> outline(GapReport report) {
        return List.copyOf(new GapSections(report).outline);
    }

    /** Writes the report's parts in the order every rendering follows. */
    public static void write(GapReport report, Parts parts) {
        GapSections sections = new GapSections(report);
        sections.summary(parts);
        sections.rest(parts);
    }

    /** Writes the summary alone: what a committee reads first, and what must stay short. */
    public static void writeSummary(GapReport report, Parts parts) {
        new GapSections(report).summary(parts);
    }

    /** The sections this report has, the annexes lettered in order. */
    private void outline() {
        outline.add(new Section("summary", Labels.SUMMARY.in(lang), false, List.of()));
        if (award != null) {
            List<Entry> letters = award.letters() == null ? List.of() : numbered("decision", award.letters().stream()
                    .map(AwardReport.Letter::bidder).toList());
            decision = add(new Section("decision", DECISION.in(lang), true, letters));
            scoring = annex(ANNEX_SCORING, numbered("scores", scored().stream().map(AwardReport.BidLine::bidder).toList()));
        }
        if (report.matrix() != null) {
            matrix = annex(ANNEX_MATRIX, List.of());
        }
        bidders = annex(ANNEX_BIDDERS, numbered("bidder", report.suppliers().stream().map(GapReport.SupplierReport::name).toList()));
    }

    private Section add(Section section) {
        outline.add(section);
        return section;
    }

    /** The next annex: "Bijlage B — …", anchored as annex-b. */
    private Section annex(Text title, List<Entry> entries) {
        char letter = (char) ('A' + outline.stream().filter(s -> s.anchor().startsWith("annex-")).count());
        return add(new Section("annex-" + Character.toLowerCase(letter),
                Labels.ANNEX.in(lang) + " " + letter + " \u2014 " + title.in(lang), true, entries));
    }

    private static List<Entry> numbered(String prefix, List<String> titles) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            entries.add(new Entry(prefix + "-" + (i + 1), titles.get(i)));
        }
        return entries;
    }

    /** The annex with every bidder in full, as the summary refers to it: "Bijlage C". */
    private String biddersAnnex() {
        return bidders.heading().substring(0, bidders.heading().indexOf(" \u2014 "));
    }

    private void summary(Parts parts) {
        parts.section(outline.get(0));
        String deprecated = Labels.deprecationNotice(report.deprecations(), lang);
        if (deprecated != null) {
            parts.notice(deprecated);
        }
        if (award == null) {
            single(parts, report.suppliers().get(0));
        } else {
            committee(parts);
        }
    }

    /** Everything after the summary: the award decision and the annexes. */
    private void rest(Parts parts) {
        if (award != null) {
            decision(parts);
            scoring(parts);
        }
        if (matrix != null) {
            parts.section(matrix);
            parts.matrix(report.matrix());
        }
        parts.section(bidders);
        for (int i = 0; i < report.suppliers().size(); i++) {
            parts.bidder(bidders.entries().get(i).anchor(), report.suppliers().get(i));
        }
    }

    // ---- The summary

    private void committee(Parts parts) {
        parts.advice(ADVICE.in(lang), award.advice().explanation());
        parts.heading(Labels.RANKING.in(lang));
        parts.ranking(ranking());
        parts.heading(VERDICTS.in(lang));
        parts.verdicts(award.bids().stream().map(b -> verdict(supplier(b.bidder()))).toList());

        List<GapLine> gaps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (AwardReport.BidLine bid : award.bids()) {
            List<GapReport.Item> decisive = decisive(supplier(bid.bidder()));
            for (int i = 0; i < Math.min(decisive.size(), NAMED_GAPS); i++) {
                List<Reason> reasons = decisiveReasons(decisive.get(i));
                int more = reasons.size() - SHOWN_REASONS;
                gaps.add(new GapLine(i == 0 ? bid.bidder() : null, decisive.get(i), reasons.subList(0, Math.min(reasons.size(),
                        SHOWN_REASONS)), more <= 0 ? null : Text.of("en nog " + more + " in " + biddersAnnex(),
                        "and " + more + " more in " + biddersAnnex()).in(lang)));
            }
            if (decisive.size() > NAMED_GAPS) {
                notes.add(Text.of(bid.bidder() + ": nog " + (decisive.size() - NAMED_GAPS) + " in " + biddersAnnex() + ".",
                        bid.bidder() + ": " + (decisive.size() - NAMED_GAPS) + " more in " + biddersAnnex() + ".").in(lang));
            }
        }
        if (!gaps.isEmpty()) {
            parts.heading(DECISIVE.in(lang));
            parts.decisiveGaps(gaps, notes);
        }

        parts.heading(OPEN_CONDITIONS.in(lang));
        // Bidders that leave the same conditions open share one line, in the order of the first of them.
        Map<List<String>, List<GapReport.SupplierReport>> same = award.bids().stream().map(b -> supplier(b.bidder()))
                .filter(s -> !s.openContractConditions().isEmpty())
                .collect(Collectors.groupingBy(s -> s.openContractConditions().stream().map(GapReport.OpenCondition::requirement).toList(),
                        LinkedHashMap::new, Collectors.toList()));
        List<Listed> open = same.values().stream().map(group -> {
            int count = group.get(0).openContractConditions().size();
            return new Listed(group.stream().map(GapReport.SupplierReport::name).toList(),
                    group.size() == 1 ? String.valueOf(count) : Text.of("elk " + count, count + " each").in(lang),
                    conditions(group.get(0).openContractConditions()));
        }).toList();
        if (!open.isEmpty()) {
            parts.listed(open);
        }
        List<String> none = award.bids().stream().map(AwardReport.BidLine::bidder)
                .filter(b -> supplier(b).openContractConditions().isEmpty()).toList();
        if (!none.isEmpty()) {
            parts.paragraph(period(Text.of("Geen open contractvoorwaarden: ", "No open contract conditions: ").in(lang)
                    + String.join(", ", none)));
        }

        AwardReport.ShortlistLine shortlist = award.shortlist();
        if (shortlist != null) {
            parts.heading(INVITATION.in(lang) + criterion(shortlist.criterion()));
            parts.reasons(List.of(new Reason(shortlist.rule(), shortlist.explanation())));
            parts.reasons(Stream.concat(shortlist.invited().stream(), shortlist.notInvited().stream()).toList());
        }
        AwardReport.DrawLine draw = award.draw();
        if (draw != null) {
            parts.heading(DRAW.in(lang));
            parts.reasons(List.of(new Reason(draw.rule(), draw.explanation())));
            if (draw.result() != null) {
                parts.paragraph(drawn(draw));
            }
        }
    }

    private String drawn(AwardReport.DrawLine draw) {
        String witness = draw.result().witness() == null || draw.result().witness().isBlank() ? ""
                : Text.of(" ten overstaan van ", " before ").in(lang) + draw.result().witness();
        return period(Text.of("Getrokken op " + draw.result().held() + witness + ": ", "Drawn on " + draw.result().held() + witness
                + ": ").in(lang) + draw.result().winner());
    }

    /** The summary of a report on one bidder without an award: its verdict, what is open and the roadmap's headline. */
    private void single(Parts parts, GapReport.SupplierReport s) {
        parts.heading(Labels.VERDICT.in(lang));
        parts.verdicts(List.of(verdict(s)));
        List<GapReport.Item> open = open(s);
        parts.heading(counted(Labels.OPEN_ITEMS, open, lang));
        if (!open.isEmpty()) {
            parts.openItems(open);
        }
        parts.heading(Labels.ROADMAP.in(lang));
        parts.paragraph(roadmap(s.roadmap()));
    }

    private String roadmap(GapReport.Roadmap roadmap) {
        List<Text> parts = new ArrayList<>();
        if (roadmap.due() != null) {
            long actions = roadmap.phases().stream().mapToLong(p -> p.actions().size()).sum();
            Text headline = Text.of(ROADMAP_DUE.nl() + " " + roadmap.due() + ": " + plural(roadmap.phases().size(), "fase", "fasen")
                    + ", " + plural(actions, "actie", "acties"),
                    ROADMAP_DUE.en() + " " + roadmap.due() + ": " + plural(roadmap.phases().size(), "phase", "phases") + ", "
                            + plural(actions, "action", "actions"));
            roadmap.phases().stream().reduce((a, b) -> b).ifPresent(last -> parts.add(headline.append(
                    "; laatste mijlpaal " + last.milestone(), "; last milestone " + last.milestone())));
            if (roadmap.phases().isEmpty()) {
                parts.add(headline);
            }
        }
        if (!roadmap.knockOut().isEmpty()) {
            int n = roadmap.knockOut().size();
            parts.add(Text.of(plural(n, "knock-out", "knock-outs") + " niet na gunning te herstellen",
                    plural(n, "knock-out", "knock-outs") + " that cannot be remediated after award"));
        }
        if (parts.isEmpty()) {
            return Text.of("Geen roadmap nodig: er staat niets open.", "No roadmap needed: nothing is open.").in(lang);
        }
        return Text.join(parts, "; ", "; ").in(lang) + ".";
    }

    private Ranking ranking() {
        List<AwardReport.CriterionLine> criteria = award.criteria();
        boolean prices = award.bids().stream().anyMatch(b -> b.price() != null);
        List<RankRow> rows = award.bids().stream().map(bid -> {
            List<String> points = new ArrayList<>();
            for (AwardReport.CriterionLine c : criteria) {
                points.add(bid.scores().stream().filter(s -> s.criterion().equals(c.id())).findFirst()
                        .map(s -> Labels.points(s.points(), lang)).orElse("\u2013"));
            }
            String total = Labels.points(bid.total(), lang);
            points.add(Boolean.FALSE.equals(bid.complete()) ? total + " *" : total);
            return new RankRow(Labels.rank(bid.rank()), bid.bidder(), bid.admissible() ? Verdict.ADMISSIBLE : Verdict.EXCLUDED,
                    bid.price() == null ? "\u2013" : Money.text(bid.price()).in(lang), points);
        }).toList();
        String legend = criteria.stream().map(c -> c.id() + " = " + c.name() + " (max. " + Labels.points(c.maxPoints(), lang) + ")")
                .collect(Collectors.joining(", "));
        Text note = Text.of("Punten per criterium: " + legend + ". Uitgesloten inschrijvingen staan onderaan en zijn niet gescoord.",
                "Points per criterion: " + legend + ". Excluded bids are listed last and are not scored.");
        if (award.bids().stream().anyMatch(b -> Boolean.FALSE.equals(b.complete()))) {
            note = note.append(" * Nog niet op elk criterium gescoord.", " * Not yet scored on every criterion.");
        }
        return new Ranking(criteria.stream().map(AwardReport.CriterionLine::id).toList(), prices, rows, note.in(lang));
    }

    /** A bidder's verdict in one sentence: what excludes it, or what stands open beside an admissible verdict. */
    private VerdictLine verdict(GapReport.SupplierReport s) {
        String sentence;
        if (s.verdict() == Verdict.EXCLUDED) {
            List<GapReport.Item> decisive = decisive(s);
            sentence = decisive.isEmpty() ? s.verdictReasons().stream().map(Reason::explanation).collect(Collectors.joining(" "))
                    : Text.of("Uitgesloten op ", "Excluded on ").in(lang) + named(decisive) + ".";
        } else {
            int open = s.openContractConditions().size();
            Text conditions = open == 0 ? Text.of("geen contractvoorwaarden open", "no contract conditions open")
                    : Text.of(plural(open, "contractvoorwaarde", "contractvoorwaarden") + " na gunning aan te tonen",
                            plural(open, "contract condition", "contract conditions") + " to show after award");
            Text score = s.score().maximum() == 0 ? Text.of("het PvE heeft geen wensen", "the PvE has no wishes")
                    : Text.of("wensen " + s.score().points() + " van " + s.score().maximum(),
                            "wishes " + s.score().points() + " of " + s.score().maximum());
            sentence = Text.of("Alle knock-outs aangetoond; ", "Every knock-out proven; ")
                    .append(conditions).append("; ", "; ").append(score).append(".", ".").in(lang);
        }
        return new VerdictLine(s.name(), s.verdict(), sentence);
    }

    /** "EW-SUIT-01 ISO 27001-certificaat (tekort) en EW-SUIT-04 …", the first few, and how many more. */
    private String named(List<GapReport.Item> items) {
        List<String> names = items.stream().limit(NAMED_GAPS)
                .map(i -> i.requirement() + " " + i.title() + " (" + Labels.status(i.status(), lang) + ")").toList();
        String and = Text.of(" en ", " and ").in(lang);
        if (items.size() > NAMED_GAPS) {
            return String.join(", ", names) + and + Text.of("nog " + (items.size() - NAMED_GAPS) + " andere",
                    (items.size() - NAMED_GAPS) + " more").in(lang);
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    /** The open contract conditions as a run of "id title", the first few, then where the rest are. */
    private String conditions(List<GapReport.OpenCondition> conditions) {
        String named = conditions.stream().limit(NAMED_CONDITIONS).map(c -> c.requirement() + " " + c.title())
                .collect(Collectors.joining("; "));
        int more = conditions.size() - NAMED_CONDITIONS;
        return more <= 0 ? named + "."
                : named + Text.of("; en nog " + more + " in " + biddersAnnex() + ".", "; and " + more + " more in "
                        + biddersAnnex() + ".").in(lang);
    }

    // ---- The award decision

    private void decision(Parts parts) {
        parts.section(decision);
        parts.paragraph(Text.of("Per inschrijver de tekstblokken voor de brief met de gunningsbeslissing (Aanbestedingswet 2012 "
                        + "art. 2.130): de redenen van de beslissing, de kenmerken en relatieve voordelen van de gekozen inschrijving, "
                        + "de naam van de winnaar en de standstilltermijn. Die termijn is hier de wettelijke minimumtermijn van "
                        + STANDSTILL_DAYS + " kalenderdagen (art. 2.127); noemt het aanbestedingsdocument een langere, neem dan die over.",
                "For each bidder, the text blocks for the letter with the award decision (Public Procurement Act 2012, s. 2.130): "
                        + "the reasons for the decision, the characteristics and relative advantages of the chosen bid, the name of "
                        + "the winner and the standstill period. That period is given here as the statutory minimum of "
                        + STANDSTILL_DAYS + " calendar days (s. 2.127); where the tender documents set a longer one, use that.")
                .in(lang));
        if (award.advice().outcome() != AwardAdvice.Outcome.AWARD) {
            parts.paragraph(Text.of("Er is nog geen gunningsbeslissing: de brieven volgen zodra het gunningsadvies een winnaar noemt. ",
                    "There is no award decision yet: the letters follow once the award advice names a winner. ").in(lang)
                    + award.advice().explanation());
            return;
        }
        List<Entry> entries = decision.entries();
        for (int i = 0; i < award.letters().size(); i++) {
            parts.letter(letter(entries.get(i).anchor(), award.letters().get(i)));
        }
    }

    private Letter letter(String anchor, AwardReport.Letter letter) {
        String winner = letter.winner();
        String max = Labels.points(maximum(), lang);
        List<String> opening = new ArrayList<>();
        List<AdvantageRow> advantages = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        String lead = null;
        switch (letter.outcome()) {
            case AWARDED -> {
                opening.add(Text.of("De opdrachtgever is voornemens de opdracht te gunnen aan " + winner + ": uw inschrijving is de "
                                + "geldige inschrijving met de meeste punten, " + Labels.points(letter.points(), lang) + " van " + max
                                + " punten (plaats 1).",
                        "The buyer intends to award the contract to " + winner + ": yours is the admissible bid with the most points, "
                                + Labels.points(letter.points(), lang) + " of " + max + " points (first place).").in(lang));
                opening.add(Text.of("Uw punten per criterium: ", "Your points per criterion: ").in(lang) + perCriterion(bid(winner)));
                if (award.draw() != null) {
                    opening.add(award.advice().explanation());
                }
            }
            case NOT_AWARDED -> {
                String points = Labels.points(letter.points(), lang);
                AwardReport.DrawLine draw = award.draw();
                boolean byLot = draw != null && draw.result() != null && draw.bidders().contains(letter.bidder());
                opening.add((byLot
                        ? Text.of("Uw inschrijving behaalt " + points + " van " + max + " punten en deelt de eerste plaats met die van "
                                + winner + ".", "Your bid scores " + points + " of " + max + " points and shares first place with "
                                + winner + "'s bid.")
                        : Text.of("Uw inschrijving behaalt " + points + " van " + max + " punten en eindigt op plaats " + letter.rank()
                                + ".", "Your bid scores " + points + " of " + max + " points: place " + letter.rank()
                                + " in the ranking.")).in(lang));
                opening.add(intended(letter));
                letter.advantages().forEach(a -> advantages.add(advantage(a, bid(winner))));
                if (byLot) {
                    // Equal on every criterion and tie-breaker: the lot is the reason, as the tender document says.
                    lead = Text.of("De inschrijvingen zijn gelijk op elk criterium en op elke beslisregel; volgens het "
                                    + "aanbestedingsdocument besliste daarom loting.",
                            "The bids are equal on every criterion and every tie-breaker; by the tender document a draw by lot "
                                    + "therefore decided.").in(lang);
                    closing.add(drawn(draw));
                } else if (advantages.isEmpty()) {
                    lead = Text.of("De inschrijving van " + winner + " behaalt op geen criterium meer punten dan de uwe; de volgorde is zo bepaald:",
                            winner + "'s bid scores no more than yours on any criterion; the order was decided as follows:").in(lang);
                    reasons.addAll(bid(letter.bidder()).reasons());
                } else {
                    lead = Text.of("De kenmerken en relatieve voordelen van de inschrijving van " + winner
                                    + ": de criteria waarop die meer punten behaalt dan de uwe.",
                            "The characteristics and relative advantages of " + winner
                                    + "'s bid: the criteria on which it scores more than yours.").in(lang);
                }
            }
            case EXCLUDED -> {
                opening.add(Text.of("Uw inschrijving is uitgesloten en daarom niet beoordeeld op de gunningscriteria. De redenen:",
                        "Your bid is excluded and was therefore not scored on the award criteria. The reasons:").in(lang));
                GapReport.SupplierReport s = supplier(letter.bidder());
                reasons.addAll(s.verdictReasons());
                decisive(s).forEach(item -> reasons.addAll(itemReasons(item)));
                closing.add(intended(letter));
            }
            default -> throw new IllegalStateException("no letter for " + letter.outcome());
        }
        closing.add(standstill());
        return new Letter(anchor, letter.bidder(), letter.outcome(), LETTER_OUTCOMES.get(letter.outcome()).in(lang), opening, lead,
                advantages, reasons, closing);
    }

    private String intended(AwardReport.Letter letter) {
        String points = letter.winnerPoints() == null ? "" : Labels.points(letter.winnerPoints(), lang);
        return (points.isEmpty()
                ? Text.of(period("De opdrachtgever is voornemens de opdracht te gunnen aan " + letter.winner()),
                        period("The buyer intends to award the contract to " + letter.winner()))
                : Text.of("De opdrachtgever is voornemens de opdracht te gunnen aan " + letter.winner() + ", met " + points + " punten.",
                        "The buyer intends to award the contract to " + letter.winner() + ", with " + points + " points.")).in(lang);
    }

    private String standstill() {
        return Text.of("De opdrachtgever sluit de overeenkomst niet voordat de standstilltermijn van " + STANDSTILL_DAYS
                        + " kalenderdagen is verstreken; die termijn begint op de dag na verzending van deze gunningsbeslissing "
                        + "(Aanbestedingswet 2012 art. 2.127). Wie de beslissing wil aanvechten, moet binnen die termijn een kort "
                        + "geding aanhangig maken.",
                "The buyer will not conclude the contract before the standstill period of " + STANDSTILL_DAYS + " calendar days "
                        + "has ended; the period starts on the day after this award decision is sent (Public Procurement Act 2012, "
                        + "s. 2.127). A bidder who wishes to contest the decision must bring summary proceedings within that period.")
                .in(lang);
    }

    /** A criterion the winning bid scored more on, with what made the difference: the committee's motivation, or the price. */
    private AdvantageRow advantage(AwardReport.AdvantageLine advantage, AwardReport.BidLine winner) {
        AwardReport.Score score = winner.scores().stream().filter(s -> s.criterion().equals(advantage.criterion())).findFirst()
                .orElse(null);
        String why;
        if (score != null && score.motivation() != null) {
            why = score.motivation();
        } else if (criterionLine(advantage.criterion()).kind() == AwardReport.CriterionKind.PRICE && winner.price() != null) {
            why = BID_PRICE.in(lang) + " " + Money.text(winner.price()).in(lang) + ".";
        } else {
            why = score == null ? NONE : score.explanation();
        }
        return new AdvantageRow(criterion(advantage.criterion()), Labels.points(advantage.winnerPoints(), lang),
                Labels.points(advantage.points(), lang), why);
    }

    /** "Prijs 12,50 van 30,00; Plan van aanpak 30,00 van 30,00; …". */
    private String perCriterion(AwardReport.BidLine bid) {
        return bid.scores().stream().map(s -> criterionLine(s.criterion()).name() + " " + Labels.points(s.points(), lang)
                + Text.of(" van ", " of ").in(lang) + Labels.points(criterionLine(s.criterion()).maxPoints(), lang))
                .collect(Collectors.joining("; ")) + ".";
    }

    /** An open decisive requirement's reasons, each led by the requirement, without repeating an explanation. */
    private List<Reason> itemReasons(GapReport.Item item) {
        String lead = item.requirement() + " " + item.title() + " (" + Labels.status(item.status(), lang) + "): ";
        return decisiveReasons(item).stream().map(r -> new Reason(r.rule(), lead + r.explanation())).toList();
    }

    // ---- Annex: the scoring

    private void scoring(Parts parts) {
        parts.section(scoring);
        List<CriterionRow> criteria = award.criteria().stream().map(c -> new CriterionRow(c.id(), c.name(),
                CRITERION_KINDS.get(c.kind()).in(lang), Labels.points(c.maxPoints(), lang))).toList();
        List<ScaleRow> scale = award.scale() == null ? List.of()
                : award.scale().stream().map(s -> new ScaleRow(s.label(), s.percent() + "%")).toList();
        parts.criteria(criteria, scale);
        List<String> excluded = award.bids().stream().filter(b -> !b.admissible()).map(AwardReport.BidLine::bidder).toList();
        if (!excluded.isEmpty()) {
            parts.paragraph(period(Text.of("Niet gescoord, want uitgesloten: ", "Not scored, being excluded: ").in(lang)
                    + String.join(", ", excluded)));
        }
        List<Entry> entries = scoring.entries();
        List<AwardReport.BidLine> scored = scored();
        for (int i = 0; i < scored.size(); i++) {
            AwardReport.BidLine bid = scored.get(i);
            String heading = bid.bidder() + " \u2014 " + PLACE.in(lang).toLowerCase() + " " + Labels.rank(bid.rank()) + ", "
                    + Labels.points(bid.total(), lang) + " " + Labels.POINTS.in(lang).toLowerCase();
            List<ScoreRow> rows = bid.scores().stream().map(s -> new ScoreRow(criterion(s.criterion()), Labels.points(s.points(), lang),
                    s.rating() == null ? null : rating(s.rating()), new Reason(s.rule(), s.explanation()),
                    s.motivation() == null || s.explanation().contains(s.motivation()) ? null : s.motivation())).toList();
            List<Reason> reasons = new ArrayList<>(bid.unscored());
            reasons.addAll(bid.reasons());
            parts.scores(new BidScores(entries.get(i).anchor(), heading, rows, reasons));
        }
    }

    private String rating(String code) {
        return award.scale() == null ? code : award.scale().stream().filter(s -> s.rating().equals(code)).findFirst()
                .map(AwardReport.ScaleLine::label).orElse(code);
    }

    // ---- Lookups and shared helpers

    private List<AwardReport.BidLine> scored() {
        return award.bids().stream().filter(AwardReport.BidLine::admissible).toList();
    }

    private GapReport.SupplierReport supplier(String name) {
        return Objects.requireNonNull(suppliers.get(name), name);
    }

    private AwardReport.BidLine bid(String bidder) {
        return award.bids().stream().filter(b -> b.bidder().equals(bidder)).findFirst().orElseThrow();
    }

    private AwardReport.CriterionLine criterionLine(String id) {
        return award.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** A criterion as the texts name it: "K-1 Plan van aanpak". */
    private String criterion(String id) {
        return award.criteria().stream().filter(c -> c.id().equals(id)).findFirst().map(c -> c.id() + " " + c.name()).orElse(id);
    }

    private BigDecimal maximum() {
        return award.criteria().stream().map(AwardReport.CriterionLine::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A sentence ended once: a name such as "Cyberwijs B.V." already ends in its full stop. */
    private static String period(String sentence) {
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    private static String plural(long n, String one, String more) {
        return n + " " + (n == 1 ? one : more);
    }

    /**
     * What excludes a bid, item by item: the knock-outs (eisen and suitability items) not met, and the contract conditions
     * it refuses. A price above the ceiling is in the verdict's reasons only.
     */
    public static List<GapReport.Item> decisive(GapReport.SupplierReport s) {
        return Stream.concat(s.items().stream(), s.suitability().stream())
                .filter(i -> (i.kind().knockOut() && !i.status().settled())
                        || (i.kind() == Kind.CONTRACTVOORWAARDE && i.status() == GapStatus.GAP)).toList();
    }

    /** A bidder as its headings name it: "Name (NL)". */
    public static String bidder(GapReport.SupplierReport s) {
        return s.name() + " (" + s.country() + ")";
    }

    /** Requirements not yet met or waived: the PvE's, then the suitability items. */
    public static List<GapReport.Item> open(GapReport.SupplierReport s) {
        return Stream.concat(s.items().stream(), s.suitability().stream()).filter(i -> !i.status().settled()).toList();
    }

    /** The PvE's requirements met or waived. */
    public static List<GapReport.Item> settled(GapReport.SupplierReport s) {
        return s.items().stream().filter(i -> i.status().settled()).toList();
    }

    /** A list's heading with how many it holds: "Open punten (3)". */
    public static String counted(Text label, List<?> items, Language lang) {
        return label.in(lang) + " (" + items.size() + ")";
    }

    /** A matrix row's requirement: its id, with the kind in brackets unless it is a knock-out. */
    public static String matrixRequirement(GapReport.Row row, Language lang) {
        return row.requirement() + (row.kind().knockOut() ? "" : " (" + Labels.kindShort(row.kind(), lang) + ")");
    }

    public static String orDash(String value) {
        return value == null ? NONE : value;
    }

    /**
     * Why a decisive requirement is open, as the summary and the letters give it: its reasons without the ones that only
     * repeat the bidder's own answer (that answer is quoted as its code, and the bidder knows it), and without an
     * explanation said twice (two rules may give the same one; the first rule stays).
     */
    public static List<Reason> decisiveReasons(GapReport.Item item) {
        List<Reason> beyondTheAnswer = item.reasons().stream().filter(r -> !ANSWER_RULES.contains(r.rule())).toList();
        Set<String> seen = new LinkedHashSet<>();
        return (beyondTheAnswer.isEmpty() ? item.reasons() : beyondTheAnswer).stream().filter(r -> seen.add(r.explanation()))
                .toList();
    }
}
