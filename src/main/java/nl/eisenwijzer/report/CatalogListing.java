package nl.eisenwijzer.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.stream.Collectors;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.catalog.Requirement;

/** A listing of catalogue requirements, each as stored (both languages): the JSON of {@code catalog}. */
@JsonPropertyOrder({"catalogVersion", "requirements"})
public record CatalogListing(String catalogVersion, List<Requirement> requirements) {

    public static CatalogListing of(Catalog catalog, List<Requirement> requirements) {
        return new CatalogListing(catalog.info().version(), requirements);
    }

    /** Markdown: one section per framework, each requirement with both languages, source and triggers. */
    public String markdown(Catalog catalog) {
        StringBuilder md = new StringBuilder("# Eisenwijzer catalogus / catalogue ").append(catalogVersion).append("\n\n");
        md.append(requirements.size()).append(" eisen / requirements\n\n");
        for (var framework : catalog.frameworks()) {
            List<Requirement> own = requirements.stream().filter(r -> r.framework().equals(framework.id())).toList();
            if (own.isEmpty()) {
                continue;
            }
            md.append("## ").append(framework.name().nl()).append(" / ").append(framework.name().en()).append("\n\n");
            for (Requirement r : own) {
                md.append("### ").append(r.id()).append(": ").append(r.title().nl()).append(" / ").append(r.title().en())
                        .append("\n\n");
                md.append("- ").append(r.strength()).append(", ").append(catalog.domainsById().get(r.domain()).label().in(Language.NL))
                        .append(" / ").append(catalog.domainsById().get(r.domain()).label().in(Language.EN)).append('\n');
                md.append("- nl: ").append(r.text().nl()).append('\n');
                md.append("- en: ").append(r.text().en()).append('\n');
                md.append("- ").append(Labels.APPLIES_WHEN.nl()).append(" / ").append(Labels.APPLIES_WHEN.en()).append(": ")
                        .append(String.join(" | ", r.appliesWhen())).append('\n');
                if (!r.evidence().isEmpty()) {
                    md.append("- ").append(Labels.EVIDENCE.nl()).append(" / ").append(Labels.EVIDENCE.en()).append(": ")
                            .append(String.join(", ", r.evidence())).append('\n');
                }
                if (!r.mapsTo().isEmpty()) {
                    md.append("- mapsTo: ").append(r.mapsTo().stream()
                            .map(m -> m.id() + " (" + m.relationship().wire() + ")")
                            .collect(java.util.stream.Collectors.joining(", "))).append('\n');
                }
                md.append("- ").append(Labels.SOURCE.nl()).append(" / ").append(Labels.SOURCE.en()).append(": ")
                        .append(r.source().document())
                        .append(r.source().reference() == null ? "" : ", " + r.source().reference())
                        .append(" <").append(r.source().url()).append(">\n\n");
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

}
