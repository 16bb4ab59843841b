package nl.eisenwijzer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.pve.Pve;

/**
 * The PvE in chapters: one per domain in the PvE's order, its lines numbered {@code chapter.n}. Every document
 * of a PvE numbers the same way, so "4.2" in a bidder's question points at the same line in the Markdown,
 * the PDF and the spreadsheet.
 */
public record PveChapters(List<Chapter> chapters) {

    /** @param domain the domain id; its label comes from the catalogue */
    public record Chapter(int number, String domain, List<NumberedLine> lines) {
    }

    public record NumberedLine(String number, Pve.Line line) {
    }

    public static PveChapters of(Pve pve) {
        Map<String, List<Pve.Line>> byDomain = new LinkedHashMap<>();
        pve.requirements().forEach(line -> byDomain.computeIfAbsent(line.domain(), k -> new ArrayList<>()).add(line));
        List<Chapter> chapters = new ArrayList<>();
        for (Map.Entry<String, List<Pve.Line>> domain : byDomain.entrySet()) {
            int chapter = chapters.size() + 1;
            List<NumberedLine> lines = new ArrayList<>();
            for (Pve.Line line : domain.getValue()) {
                lines.add(new NumberedLine(chapter + "." + (lines.size() + 1), line));
            }
            chapters.add(new Chapter(chapter, domain.getKey(), List.copyOf(lines)));
        }
        return new PveChapters(List.copyOf(chapters));
    }

    /** Every line with its number, in PvE order. */
    public List<NumberedLine> lines() {
        return chapters.stream().flatMap(c -> c.lines().stream()).toList();
    }
}
