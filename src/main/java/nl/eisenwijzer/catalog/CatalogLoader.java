package nl.eisenwijzer.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.input.StrictReader.Located;
import nl.eisenwijzer.sources.SourceException;
import nl.eisenwijzer.sources.SourceFile;
import nl.eisenwijzer.sources.SourceSet;

/**
 * Reads {@code catalog/} and validates it as a whole: unique ids, required fields, known enumerations,
 * and cross-references ({@code appliesWhen}, {@code mapsTo}, evidence, product-type traits) that name
 * things that exist. Every problem is reported with file and line; any problem stops the load.
 */
public final class CatalogLoader {

    static final String REQUIREMENTS_DIR = "requirements/";
    private static final Set<String> IEC_FRAMEWORKS = Set.of("IEC62443-3-3", "IEC62443-4-1", "IEC62443-4-2");

    private final List<String> problems = new ArrayList<>();

    private CatalogLoader() {
    }

    public static Catalog load(SourceSet files) {
        return new CatalogLoader().read(files);
    }

    private record Lists(List<Located<Framework>> frameworks, List<Located<Domain>> domains,
            List<Located<TraitDefinition>> traits, List<Located<ProductType>> productTypes,
            List<Located<EvidenceType>> evidenceTypes) {
    }

    private Catalog read(SourceSet files) {
        Map<String, SourceFile> byName = new LinkedHashMap<>();
        List<SourceFile> requirementFiles = new ArrayList<>();
        for (SourceFile file : files.withSuffix(".yaml")) {
            String relative = file.path().substring(file.path().indexOf('/') + 1);
            if (relative.startsWith(REQUIREMENTS_DIR)) {
                requirementFiles.add(file);
            } else if (byName.putIfAbsent(relative, file) != null) {
                problems.add(file.path() + ": a second " + relative + " (organisation extensions add requirement files only)");
            }
        }
        for (String name : byName.keySet()) {
            if (!Set.of("catalog.yaml", "frameworks.yaml", "domains.yaml", "traits.yaml", "product-types.yaml",
                    "evidence-types.yaml").contains(name)) {
                problems.add(byName.get(name).path() + ": unknown catalogue file; requirement files belong in "
                        + REQUIREMENTS_DIR);
            }
        }
        CatalogInfo info = readInfo(byName.get("catalog.yaml"), files.origin());
        Lists lists = new Lists(
                list(byName, "frameworks.yaml", "frameworks", Framework.class, files.origin()),
                list(byName, "domains.yaml", "domains", Domain.class, files.origin()),
                list(byName, "traits.yaml", "traits", TraitDefinition.class, files.origin()),
                list(byName, "product-types.yaml", "productTypes", ProductType.class, files.origin()),
                list(byName, "evidence-types.yaml", "evidenceTypes", EvidenceType.class, files.origin()));
        if (requirementFiles.isEmpty()) {
            problems.add(files.origin() + ": no requirement files in " + REQUIREMENTS_DIR);
        }
        Map<Located<Requirement>, SourceFile> requirements = new LinkedHashMap<>();
        for (SourceFile file : requirementFiles) {
            for (Located<Requirement> r : readList(file, "requirements", Requirement.class)) {
                requirements.put(r, file);
            }
        }
        if (problems.isEmpty()) {
            validate(byName, lists, requirements);
        }
        if (!problems.isEmpty()) {
            throw new SourceException("the catalogue has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        return new Catalog(info, values(lists.frameworks), values(lists.domains), values(lists.traits),
                values(lists.productTypes), values(lists.evidenceTypes),
                requirements.keySet().stream().map(Located::value).toList(), files.digest(".yaml"));
    }

    private CatalogInfo readInfo(SourceFile file, String origin) {
        if (file == null) {
            problems.add(origin + ": catalog.yaml is missing");
            return null;
        }
        try {
            CatalogInfo info = StrictReader.read(file.content(), Format.YAML, CatalogInfo.class);
            require(file, 1, info.id(), "id");
            require(file, 1, info.version(), "version");
            if (info.released() == null) {
                problems.add(file.path() + ":1: field 'released' is required (YYYY-MM-DD)");
            }
            return info;
        } catch (InvalidInputException e) {
            problems.add(file.path() + ": " + e.getMessage());
            return null;
        }
    }

    private <T> List<Located<T>> list(Map<String, SourceFile> byName, String name, String key, Class<T> type,
            String origin) {
        SourceFile file = byName.get(name);
        if (file == null) {
            problems.add(origin + ": " + name + " is missing");
            return List.of();
        }
        return readList(file, key, type);
    }

    private <T> List<Located<T>> readList(SourceFile file, String key, Class<T> type) {
        try {
            return StrictReader.readList(file.content(), key, type);
        } catch (InvalidInputException e) {
            String message = e.getMessage();
            // The reader puts "line N: " in front; show it as file:N like a compiler does.
            if (message.startsWith("line ")) {
                int colon = message.indexOf(':');
                problems.add(file.path() + ":" + message.substring(5, colon) + ":" + message.substring(colon + 1)
                        + (e.field().isEmpty() || message.contains(e.field()) ? "" : " (at " + e.field() + ")"));
            } else {
                problems.add(file.path() + ": " + message);
            }
            return List.of();
        }
    }

    private void validate(Map<String, SourceFile> byName, Lists lists, Map<Located<Requirement>, SourceFile> requirements) {
        Set<String> frameworks = ids(byName.get("frameworks.yaml"), lists.frameworks, Framework::id);
        Set<String> domains = ids(byName.get("domains.yaml"), lists.domains, Domain::id);
        Set<String> traits = ids(byName.get("traits.yaml"), lists.traits, TraitDefinition::id);
        ids(byName.get("product-types.yaml"), lists.productTypes, ProductType::id);
        Set<String> evidence = ids(byName.get("evidence-types.yaml"), lists.evidenceTypes, EvidenceType::id);

        lists.frameworks.forEach(f -> bilingual(byName.get("frameworks.yaml"), f.line(), f.value().name(), "name"));
        lists.domains.forEach(d -> bilingual(byName.get("domains.yaml"), d.line(), d.value().label(), "label"));
        lists.traits.forEach(t -> bilingual(byName.get("traits.yaml"), t.line(), t.value().label(), "label"));
        lists.evidenceTypes.forEach(e -> {
            bilingual(byName.get("evidence-types.yaml"), e.line(), e.value().label(), "label");
            if (e.value().kind() == null) {
                problems.add(byName.get("evidence-types.yaml").path() + ":" + e.line() + ": field 'kind' is required");
            }
        });
        SourceFile productTypeFile = byName.get("product-types.yaml");
        for (Located<ProductType> pt : lists.productTypes) {
            bilingual(productTypeFile, pt.line(), pt.value().label(), "label");
            bilingual(productTypeFile, pt.line(), pt.value().description(), "description");
            if (pt.value().traits() == null || pt.value().traits().isEmpty()) {
                problems.add(at(productTypeFile, pt.line()) + "product type " + pt.value().id() + " implies no traits");
            } else {
                known(productTypeFile, pt.line(), "product type " + pt.value().id() + ": trait", pt.value().traits(), traits);
            }
        }

        Map<String, List<String>> groupsOf = new HashMap<>();
        lists.frameworks.forEach(f -> groupsOf.put(f.value().id(), f.value().groups()));
        Map<String, String> seen = new HashMap<>();
        Set<String> allIds = new java.util.HashSet<>();
        requirements.keySet().forEach(r -> allIds.add(r.value().id()));
        for (Map.Entry<Located<Requirement>, SourceFile> entry : requirements.entrySet()) {
            Requirement r = entry.getKey().value();
            SourceFile file = entry.getValue();
            int line = entry.getKey().line();
            String where = at(file, line);
            if (r.id() == null || r.id().isBlank()) {
                problems.add(where + "field 'id' is required");
                continue;
            }
            String first = seen.putIfAbsent(r.id(), where.substring(0, where.length() - 2));
            if (first != null) {
                problems.add(where + "duplicate id " + r.id() + " (first defined at " + first + ")");
            }
            String what = "requirement " + r.id() + ": ";
            if (r.framework() == null || !frameworks.contains(r.framework())) {
                problems.add(where + what + "framework '" + r.framework() + "' is not in frameworks.yaml; allowed: "
                        + String.join(", ", frameworks));
            } else if (!r.id().startsWith(r.framework() + "-")) {
                problems.add(where + what + "id must start with its framework '" + r.framework() + "-'");
            }
            if (r.domain() == null || !domains.contains(r.domain())) {
                problems.add(where + what + "domain '" + r.domain() + "' is not allowed; allowed: " + String.join(", ", domains));
            }
            bilingual(file, line, r.title(), what + "title");
            bilingual(file, line, r.text(), what + "text");
            if (r.obligation() == null) {
                problems.add(where + what + "field 'obligation' is required (MUST or SHOULD)");
            }
            if (r.appliesWhen().isEmpty()) {
                problems.add(where + what + "field 'appliesWhen' needs at least one trait (any-purchase for every purchase)");
            }
            for (var condition : r.conditions()) {
                known(file, line, what + "appliesWhen trait", List.copyOf(condition), traits);
            }
            known(file, line, what + "evidence type", r.evidence(), evidence);
            if (r.source() == null || blank(r.source().document()) || blank(r.source().url())) {
                problems.add(where + what + "field 'source' needs document and url");
            }
            for (Mapping mapping : r.mapsTo()) {
                String target = mapping.id();
                if (blank(target)) {
                    problems.add(where + what + "a mapsTo entry needs an id");
                } else if (target.equals(r.id())) {
                    problems.add(where + what + "mapsTo names the requirement itself");
                } else if (!allIds.contains(target)) {
                    problems.add(where + what + "mapsTo names unknown requirement '" + target + "'");
                }
            }
            List<String> groups = groupsOf.getOrDefault(r.framework(), List.of());
            for (String group : r.groups()) {
                if (!groups.contains(group)) {
                    problems.add(where + what + "group '" + group + "' is not a group of " + r.framework()
                            + "; allowed: " + (groups.isEmpty() ? "none" : String.join(", ", groups)));
                }
            }
            if (!r.componentTypes().isEmpty() && !"IEC62443-4-2".equals(r.framework())) {
                problems.add(where + what + "componentTypes is only for IEC 62443-4-2 requirements");
            }
            if (r.note() != null) {
                bilingual(file, line, r.note(), what + "note");
            }
            if (r.securityLevel() != null && !IEC_FRAMEWORKS.contains(r.framework())) {
                problems.add(where + what + "securityLevel is only for IEC 62443 requirements");
            }
            r.parameters().forEach((name, value) -> {
                if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                    problems.add(where + what + "parameter '" + name + "' must be a number, text or true/false");
                }
            });
        }
    }

    private <T> Set<String> ids(SourceFile file, List<Located<T>> items, Function<T, String> id) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (Located<T> item : items) {
            String value = id.apply(item.value());
            if (blank(value)) {
                problems.add(at(file, item.line()) + "field 'id' is required");
            } else if (!ids.add(value)) {
                problems.add(at(file, item.line()) + "duplicate id " + value);
            }
        }
        return ids;
    }

    private void known(SourceFile file, int line, String what, List<String> values, Set<String> allowed) {
        for (String value : values) {
            if (!allowed.contains(value)) {
                problems.add(at(file, line) + what + " '" + value + "' is unknown; allowed: " + String.join(", ", allowed));
            }
        }
    }

    private void bilingual(SourceFile file, int line, Text text, String field) {
        if (text == null || blank(text.nl()) || blank(text.en())) {
            problems.add(at(file, line) + field + " needs both nl and en");
        }
    }

    private void require(SourceFile file, int line, String value, String field) {
        if (blank(value)) {
            problems.add(at(file, line) + "field '" + field + "' is required");
        }
    }

    private static String at(SourceFile file, int line) {
        return file.path() + ":" + line + ": ";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
