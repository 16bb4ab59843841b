package nl.eisenwijzer.changes;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The outcome of {@code catalog diff}: the catalogue changes, and per profile what its PvE gains or loses. */
@JsonPropertyOrder({"catalog", "profiles"})
public record ChangeReport(CatalogDiff catalog, List<ProfileImpact> profiles) {

    /** A Markdown summary for a change review: counts first, then the ids. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Catalogue changes ").append(catalog.from()).append(" → ").append(catalog.to()).append("\n\n");
        md.append("- added: ").append(catalog.added().size()).append('\n');
        md.append("- removed: ").append(catalog.removed().size()).append('\n');
        md.append("- changed: ").append(catalog.changed().size()).append("\n\n");
        list(md, "Added", catalog.added());
        list(md, "Removed", catalog.removed());
        if (!catalog.changed().isEmpty()) {
            md.append("## Changed\n\n");
            catalog.changed().forEach(c -> md.append("- ").append(c.id()).append(": ")
                    .append(String.join(", ", c.fields())).append('\n'));
            md.append('\n');
        }
        for (ProfileImpact impact : profiles) {
            md.append("## Profile ").append(impact.profile()).append("\n\n");
            if (impact.error() != null) {
                md.append(impact.error()).append("\n\n");
                continue;
            }
            md.append("- lines: ").append(impact.linesBefore()).append(" → ").append(impact.linesAfter()).append('\n');
            md.append("- gains: ").append(ids(impact.gained())).append('\n');
            md.append("- loses: ").append(ids(impact.lost())).append('\n');
            md.append("- kind changed: ").append(impact.kindChanged().isEmpty() ? "none"
                    : String.join(", ", impact.kindChanged().stream()
                            .map(k -> k.id() + " " + k.from().wire() + " → " + k.to().wire()).toList())).append('\n');
            md.append("- tailoring that no longer applies: ").append(impact.staleTailoring().isEmpty() ? "none"
                    : String.join("; ", impact.staleTailoring().stream()
                            .map(t -> t.field() + ": " + t.problem()).toList())).append("\n\n");
        }
        return md.toString().stripTrailing() + "\n";
    }

    private static void list(StringBuilder md, String heading, List<String> ids) {
        if (!ids.isEmpty()) {
            md.append("## ").append(heading).append("\n\n").append(String.join(", ", ids)).append("\n\n");
        }
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
