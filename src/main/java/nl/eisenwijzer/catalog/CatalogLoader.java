package nl.eisenwijzer.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.StrictReader;
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

    /** An item read from a catalogue file, with where it was read, so every problem can name file and line. */
    record At<T>(SourceFile file, int line, T value) {

        String where() {
            return at(file, line);
        }
    }

    private record Lists(List<At<Framework>> frameworks, List<At<Domain>> domains, List<At<TraitDefinition>> traits,
            List<At<ProductType>> productTypes, List<At<EvidenceType>> evidenceTypes, List<At<Topic>> topics,
            List<At<ScoringScale>> scoringScales) {
    }

    /** The list files and the key of their list; a later catalogue directory may extend each of them. */
    private static final Map<String, String> LIST_FILES = Map.of("frameworks.yaml", "frameworks", "domains.yaml",
            "domains", "traits.yaml", "traits", "product-types.yaml", "productTypes", "evidence-types.yaml",
            "evidenceTypes", "topics.yaml", "topics", "scoring-scales.yaml", "scoringScales");

    /**
     * The national-security data: one file each per catalogue. An organisation fills in its country
     * assessments in its own copy of countries.yaml.
     */
    private static final Map<String, String> NATSEC_FILES = Map.of("countries.yaml", "countries", "risks.yaml", "risks",
            "measures.yaml", "measures");

    /** The remediation roadmap layout: one per catalogue, like catalog.yaml. */
    private static final String ROADMAP = "roadmap.yaml";

    private Catalog read(SourceSet files) {
        Map<String, List<SourceFile>> byName = new LinkedHashMap<>();
        List<SourceFile> requirementFiles = new ArrayList<>();
        for (SourceFile file : files.withSuffix(".yaml")) {
            String relative = file.path().substring(file.path().indexOf('/') + 1);
            if (relative.startsWith(REQUIREMENTS_DIR)) {
                requirementFiles.add(file);
            } else if (relative.equals("catalog.yaml") || relative.equals(ROADMAP) || LIST_FILES.containsKey(relative)
                    || NATSEC_FILES.containsKey(relative)) {
                byName.computeIfAbsent(relative, k -> new ArrayList<>()).add(file);
            } else {
                problems.add(file.path() + ": unknown catalogue file; requirement files belong in " + REQUIREMENTS_DIR);
            }
        }
        List<SourceFile> infos = byName.getOrDefault("catalog.yaml", List.of());
        infos.stream().skip(1).forEach(extra -> problems.add(extra.path() + ": a second catalog.yaml (first: "
                + infos.get(0).path() + "); an extension directory adds requirements and list entries, not a catalogue"));
        CatalogInfo info = readInfo(infos.isEmpty() ? null : infos.get(0), files.origin());
        List<SourceFile> roadmaps = byName.getOrDefault(ROADMAP, List.of());
        roadmaps.stream().skip(1).forEach(extra -> problems.add(extra.path() + ": a second " + ROADMAP + " (first: "
                + roadmaps.get(0).path() + "); the roadmap layout belongs to the catalogue, not to an extension"));
        RoadmapPolicy roadmap = readRoadmap(roadmaps.isEmpty() ? null : roadmaps.get(0), files.origin());
        Lists lists = new Lists(
                list(byName, "frameworks.yaml", Framework.class, files.origin()),
                list(byName, "domains.yaml", Domain.class, files.origin()),
                list(byName, "traits.yaml", TraitDefinition.class, files.origin()),
                list(byName, "product-types.yaml", ProductType.class, files.origin()),
                list(byName, "evidence-types.yaml", EvidenceType.class, files.origin()),
                optionalList(byName, "topics.yaml", Topic.class),
                optionalList(byName, "scoring-scales.yaml", ScoringScale.class));
        if (requirementFiles.isEmpty()) {
            problems.add(files.origin() + ": no requirement files in " + REQUIREMENTS_DIR);
        }
        List<At<Requirement>> requirements = new ArrayList<>();
        for (SourceFile file : requirementFiles) {
            requirements.addAll(readList(file, "requirements", Requirement.class));
        }
        List<At<Country>> countries = single(byName, "countries.yaml", Country.class);
        List<At<NatsecRisk>> risks = single(byName, "risks.yaml", NatsecRisk.class);
        List<At<ControlMeasure>> measures = single(byName, "measures.yaml", ControlMeasure.class);
        if (problems.isEmpty()) {
            validate(lists, requirements);
            if (roadmap != null) {
                validateRoadmap(roadmaps.get(0), roadmap, ids(lists.domains, Domain::id));
            }
            new NatsecValidation(this, problems).validate(countries, risks, measures,
                    requirements.stream().map(r -> r.value().id()).collect(java.util.stream.Collectors.toSet()));
        }
        if (!problems.isEmpty()) {
            throw new SourceException("the catalogue has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        return new Catalog(info, values(lists.frameworks), values(lists.domains), values(lists.traits),
                values(lists.productTypes), values(lists.evidenceTypes), values(lists.topics), values(lists.scoringScales),
                withEffectiveSubjects(values(requirements), values(lists.frameworks)), roadmap,
                new NatsecData(values(countries), values(risks), values(measures)), files.digest(".yaml"));
    }

    /** Every requirement with its subject in effect, so the rules need not look up framework defaults. */
    private static List<Requirement> withEffectiveSubjects(List<Requirement> requirements, List<Framework> frameworks) {
        Map<String, Subject> defaults = new HashMap<>();
        frameworks.forEach(f -> defaults.put(f.id(), f.subject()));
        return requirements.stream()
                .map(r -> r.subject() != null ? r : r.withSubject(defaults.getOrDefault(r.framework(), Subject.EXECUTION)))
                .toList();
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
            // Older catalogues (read by catalog diff from a git ref) may predate the changelog.
            if (!info.changelog().isEmpty() && !info.changelog().get(0).version().equals(info.version())) {
                problems.add(file.path() + ":1: the first changelog entry must be the current version " + info.version()
                        + ", not " + info.changelog().get(0).version());
            }
            for (CatalogInfo.Release release : info.changelog()) {
                if (blank(release.version()) || release.released() == null || release.changes().isEmpty()) {
                    problems.add(file.path() + ":1: changelog entry " + release.version()
                            + " needs version, released and at least one change");
                }
                release.changes().forEach(change -> bilingual(file, 1, change, "changelog " + release.version()));
            }
            return info;
        } catch (InvalidInputException e) {
            problems.add(file.path() + ": " + e.getMessage());
            return null;
        }
    }

    private RoadmapPolicy readRoadmap(SourceFile file, String origin) {
        if (file == null) {
            // Older catalogues (read by catalog diff from a git ref) predate the roadmap; a catalogue that
            // serves gap reports must have one, which Eisenwijzer.load checks.
            return null;
        }
        try {
            return StrictReader.read(file.content(), Format.YAML, RoadmapPolicy.class);
        } catch (InvalidInputException e) {
            problems.add(file.path() + ": " + e.getMessage());
            return null;
        }
    }

    /** Phases numbered 1, 2, 3 … in order, known domains each in one phase, and one phase for the rest. */
    private void validateRoadmap(SourceFile file, RoadmapPolicy roadmap, Set<String> domains) {
        String where = file.path() + ": ";
        if (roadmap.dueWeeksAfterContractStart() == null || roadmap.dueWeeksAfterContractStart() < 1) {
            problems.add(where + "field 'dueWeeksAfterContractStart' is required (a whole number of weeks, at least 1)");
        }
        if (roadmap.source() == null || blank(roadmap.source().document())) {
            problems.add(where + "field 'source.document' is required: say where the roadmap order comes from");
        }
        Set<String> placed = new HashSet<>();
        int others = 0;
        for (int i = 0; i < roadmap.phases().size(); i++) {
            RoadmapPhase phase = roadmap.phases().get(i);
            String at = where + "phases[" + i + "]: ";
            if (phase.phase() != i + 1) {
                problems.add(at + "phase " + phase.phase() + " is out of order; expected " + (i + 1));
            }
            bilingual(file, 1, phase.label(), "phases[" + i + "].label");
            for (String domain : phase.domains()) {
                if (!domains.contains(domain)) {
                    problems.add(at + "unknown domain '" + domain + "'; allowed values: " + String.join(", ", new TreeSet<>(domains)));
                } else if (!placed.add(domain)) {
                    problems.add(at + "domain '" + domain + "' is already in an earlier phase");
                }
            }
            others += phase.takesOtherDomains() ? 1 : 0;
        }
        if (others != 1) {
            problems.add(where + "exactly one phase must have 'otherDomains: true' (found " + others + ")");
        }
    }

    /**
     * The entries of a file that belongs to the catalogue as a whole (one copy; older catalogues read from
     * a git ref may have none). A second copy in an extension directory is a problem, not an override.
     */
    private <T> List<At<T>> single(Map<String, List<SourceFile>> byName, String name, Class<T> type) {
        List<SourceFile> sources = byName.getOrDefault(name, List.of());
        sources.stream().skip(1).forEach(extra -> problems.add(extra.path() + ": a second " + name + " (first: "
                + sources.get(0).path() + "); it belongs to the catalogue, not to an extension; edit the catalogue's copy"));
        return sources.isEmpty() ? List.of() : readList(sources.get(0), NATSEC_FILES.get(name), type);
    }

    /** The entries of one list file across the catalogue directories, the first directory's first. */
    private <T> List<At<T>> list(Map<String, List<SourceFile>> byName, String name, Class<T> type, String origin) {
        List<SourceFile> sources = byName.getOrDefault(name, List.of());
        if (sources.isEmpty()) {
            problems.add(origin + ": " + name + " is missing");
        }
        List<At<T>> items = new ArrayList<>();
        sources.forEach(file -> items.addAll(readList(file, LIST_FILES.get(name), type)));
        return items;
    }

    /** Like {@link #list}, for a list file older catalogues (read by catalog diff from a git ref) may lack. */
    private <T> List<At<T>> optionalList(Map<String, List<SourceFile>> byName, String name, Class<T> type) {
        List<At<T>> items = new ArrayList<>();
        byName.getOrDefault(name, List.of()).forEach(file -> items.addAll(readList(file, LIST_FILES.get(name), type)));
        return items;
    }

    private <T> List<At<T>> readList(SourceFile file, String key, Class<T> type) {
        try {
            return StrictReader.readList(file.content(), key, type).stream()
                    .map(located -> new At<>(file, located.line(), located.value())).toList();
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

    private void validate(Lists lists, List<At<Requirement>> requirements) {
        Set<String> frameworks = ids(lists.frameworks, Framework::id);
        Set<String> domains = ids(lists.domains, Domain::id);
        Set<String> traits = ids(lists.traits, TraitDefinition::id);
        ids(lists.productTypes, ProductType::id);
        Set<String> evidence = ids(lists.evidenceTypes, EvidenceType::id);
        Set<String> topics = ids(lists.topics, Topic::id);
        lists.topics.forEach(t -> bilingual(t.file(), t.line(), t.value().label(), "topic " + t.value().id() + ": label"));

        lists.frameworks.forEach(f -> {
            bilingual(f.file(), f.line(), f.value().name(), "name");
            if (f.value().note() != null) {
                bilingual(f.file(), f.line(), f.value().note(), "framework " + f.value().id() + ": note");
            }
        });
        lists.domains.forEach(d -> bilingual(d.file(), d.line(), d.value().label(), "label"));
        lists.traits.forEach(t -> bilingual(t.file(), t.line(), t.value().label(), "label"));
        lists.evidenceTypes.forEach(e -> {
            bilingual(e.file(), e.line(), e.value().label(), "label");
            if (e.value().kind() == null) {
                problems.add(e.where() + "field 'kind' is required");
            }
            if ((e.value().validForMonths() == null) != (e.value().countedFrom() == null)) {
                problems.add(e.where() + "fields 'validForMonths' and 'countedFrom' go together");
            }
            if (e.value().validForMonths() != null && e.value().validForMonths() < 1) {
                problems.add(e.where() + "field 'validForMonths' must be at least 1");
            }
            if (e.value().bridgedBy() != null && lists.evidenceTypes.stream().noneMatch(o -> o.value().id().equals(e.value().bridgedBy()))) {
                problems.add(e.where() + "field 'bridgedBy': unknown evidence type '" + e.value().bridgedBy() + "'");
            }
            // A bridge letter without a limit would carry a report for as long as the letter runs.
            if ((e.value().bridgedBy() == null) != (e.value().bridgedAtMostMonths() == null)) {
                problems.add(e.where() + "fields 'bridgedBy' and 'bridgedAtMostMonths' go together");
            }
            if (e.value().bridgedAtMostMonths() != null && e.value().bridgedAtMostMonths() < 1) {
                problems.add(e.where() + "field 'bridgedAtMostMonths' must be at least 1");
            }
            // Equivalents of national documents are documents; what stands in for one cannot itself be replaced.
            if ((e.value().equivalentsAccepted() || e.value().replacesNational())
                    && e.value().kind() != EvidenceType.Form.DOCUMENT) {
                problems.add(e.where() + "fields 'equivalentsAccepted' and 'replacesNational' are for evidence of kind "
                        + "document");
            }
            if (e.value().equivalentsAccepted() && e.value().replacesNational()) {
                problems.add(e.where() + "fields 'equivalentsAccepted' and 'replacesNational' exclude each other: a type "
                        + "either is a national document or stands in for one");
            }
            if (e.value().equivalentTo() != null && (e.value().equivalentTo().equals(e.value().id())
                    || !evidence.contains(e.value().equivalentTo()))) {
                problems.add(e.where() + "field 'equivalentTo': '" + e.value().equivalentTo() + "' is not another "
                        + "evidence type");
            }
        });
        for (At<ProductType> pt : lists.productTypes) {
            bilingual(pt.file(), pt.line(), pt.value().label(), "label");
            bilingual(pt.file(), pt.line(), pt.value().description(), "description");
            if (pt.value().traits() == null || pt.value().traits().isEmpty()) {
                problems.add(pt.where() + "product type " + pt.value().id() + " implies no traits");
            } else {
                known(pt.file(), pt.line(), "product type " + pt.value().id() + ": trait", pt.value().traits(), traits);
            }
        }

        Map<String, List<String>> groupsOf = new HashMap<>();
        lists.frameworks.forEach(f -> groupsOf.put(f.value().id(), f.value().groups()));
        Map<String, String> seen = new HashMap<>();
        Set<String> allIds = new java.util.HashSet<>();
        requirements.forEach(r -> allIds.add(r.value().id()));
        for (At<Requirement> entry : requirements) {
            Requirement r = entry.value();
            SourceFile file = entry.file();
            int line = entry.line();
            String where = entry.where();
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
            if (r.strength() == null) {
                problems.add(where + what + "field 'strength' is required (MUST or SHOULD: how the source puts it)");
            }
            if (r.appliesWhen().isEmpty()) {
                problems.add(where + what + "field 'appliesWhen' needs at least one trait (any-purchase for every purchase)");
            }
            for (var condition : r.conditions()) {
                known(file, line, what + "appliesWhen trait", List.copyOf(condition), traits);
            }
            for (var condition : r.specificConditions()) {
                known(file, line, what + "specificWhen trait", List.copyOf(condition), traits);
            }
            if (r.topic() != null && !topics.contains(r.topic())) {
                problems.add(where + what + "topic '" + r.topic() + "' is not in topics.yaml; allowed: "
                        + String.join(", ", topics));
            }
            partOf(entry, requirements);
            known(file, line, what + "covers framework", r.covers(), frameworks);
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

    /**
     * A sub-point details one requirement that exists, and is not itself a sub-point: a line shows its
     * sub-points one level deep.
     */
    private void partOf(At<Requirement> entry, List<At<Requirement>> requirements) {
        Requirement r = entry.value();
        if (r.partOf() == null) {
            return;
        }
        String what = entry.where() + "requirement " + r.id() + ": ";
        Requirement parent = requirements.stream().map(At::value).filter(p -> r.partOf().equals(p.id())).findFirst()
                .orElse(null);
        if (r.partOf().equals(r.id())) {
            problems.add(what + "partOf names the requirement itself");
        } else if (parent == null) {
            problems.add(what + "partOf names unknown requirement '" + r.partOf() + "'");
        } else if (parent.partOf() != null) {
            problems.add(what + "partOf names " + parent.id() + ", which is itself part of " + parent.partOf()
                    + "; a sub-point belongs to a requirement that has a line of its own");
        } else if (r.topic() != null) {
            problems.add(what + "a sub-point has no topic of its own: it is answered on the line of " + r.partOf());
        }
    }

    <T> Set<String> ids(List<At<T>> items, Function<T, String> id) {
        Map<String, String> first = new LinkedHashMap<>();
        for (At<T> item : items) {
            String value = id.apply(item.value());
            if (blank(value)) {
                problems.add(item.where() + "field 'id' is required");
            } else if (first.putIfAbsent(value, item.file().path() + ":" + item.line()) != null) {
                problems.add(item.where() + "duplicate id " + value + " (first defined at " + first.get(value) + ")");
            }
        }
        return first.keySet();
    }

    private void known(SourceFile file, int line, String what, List<String> values, Set<String> allowed) {
        for (String value : values) {
            if (!allowed.contains(value)) {
                problems.add(at(file, line) + what + " '" + value + "' is unknown; allowed: " + String.join(", ", allowed));
            }
        }
    }

    void bilingual(SourceFile file, int line, Text text, String field) {
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

    private static <T> List<T> values(List<At<T>> items) {
        return items.stream().map(At::value).toList();
    }
}
