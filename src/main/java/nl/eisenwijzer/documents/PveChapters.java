package nl.eisenwijzer.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.pve.Pve;

/**
 * The PvE cut into chapters, one per domain in PvE order, with the numbers a tender refers to ("2.3"). The
 * Word annex and the answer sheet number lines the same way, so a bidder can go from one to the other.
 */
record PveChapters(List<Chapter> chapters) {

    /** A domain's lines, numbered from 1 within chapter {@code number}. */
    record Chapter(int number, String domain, List<Numbered> lines) {
    }

    /** A PvE line with its number in the tender, e.g. {@code 2.3}. */
    record Numbered(String number, Pve.Line line) {
    }

    static PveChapters of(Pve pve) {
        Map<String, List<Pve.Line>> byDomain = new LinkedHashMap<>();
        pve.requirements().forEach(line -> byDomain.computeIfAbsent(line.domain(), k -> new ArrayList<>()).add(line));
        List<Chapter> chapters = new ArrayList<>();
        for (Map.Entry<String, List<Pve.Line>> domain : byDomain.entrySet()) {
            int chapter = chapters.size() + 1;
            List<Numbered> lines = new ArrayList<>();
            for (Pve.Line line : domain.getValue()) {
                lines.add(new Numbered(chapter + "." + (lines.size() + 1), line));
            }
            chapters.add(new Chapter(chapter, domain.getKey(), List.copyOf(lines)));
        }
        return new PveChapters(List.copyOf(chapters));
    }

    List<Numbered> lines() {
        return chapters.stream().flatMap(c -> c.lines().stream()).toList();
    }
}
