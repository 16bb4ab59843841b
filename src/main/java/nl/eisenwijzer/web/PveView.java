package nl.eisenwijzer.web;

import java.util.List;
import java.util.Objects;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Requirement;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.PveChapters;

/**
 * The PvE as the page shows it: chapters in the documents' numbering, each line with the frameworks it
 * answers, its annex and the warnings that concern it.
 */
public record PveView(Pve pve, List<Chapter> chapters) {

    public record Chapter(int number, String label, List<LineView> lines) {
    }

    public record LineView(String number, Pve.Line line, List<String> frameworks, Pve.Annex annex, List<Pve.Warning> warnings) {
    }

    static PveView of(Pve pve, Catalog catalog, Language language) {
        List<Chapter> chapters = PveChapters.of(pve).chapters().stream().map(chapter -> new Chapter(chapter.number(),
                catalog.domainsById().containsKey(chapter.domain())
                        ? catalog.domainsById().get(chapter.domain()).label().in(language) : chapter.domain(),
                chapter.lines().stream().map(numbered -> line(pve, catalog, numbered)).toList())).toList();
        return new PveView(pve, chapters);
    }

    private static LineView line(Pve pve, Catalog catalog, PveChapters.NumberedLine numbered) {
        Pve.Line line = numbered.line();
        List<String> frameworks = line.satisfies().stream()
                .map(id -> catalog.requirementsById().get(id))
                .filter(Objects::nonNull)
                .map(Requirement::framework)
                .distinct()
                .toList();
        if (frameworks.isEmpty() && line.framework() != null) {
            frameworks = List.of(line.framework());
        }
        List<Pve.Warning> warnings = pve.warnings().stream().filter(w -> line.id().equals(w.line())).toList();
        return new LineView(numbered.number(), line, frameworks, pve.annexOf(line), warnings);
    }
}
