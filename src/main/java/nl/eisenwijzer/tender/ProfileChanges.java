package nl.eisenwijzer.tender;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.StrictReader;
import tools.jackson.databind.JsonNode;

/**
 * What changed between two versions of a tender file, field by field in the file's own terms
 * ({@code personalData: none → regular}, {@code tailoring.exclude[0].id: + BIO2-5.23}): the "what" of the
 * history, readable next to the tender file itself.
 */
public final class ProfileChanges {

    private ProfileChanges() {
    }

    /** The changed fields, one per entry; empty when both files say the same. */
    public static List<String> between(String before, String after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<String> changes = new ArrayList<>();
        for (String path : paths) {
            String was = old.get(path);
            String is = now.get(path);
            if (was == null) {
                changes.add(path + ": + " + is);
            } else if (is == null) {
                changes.add(path + ": − " + was);
            } else if (!was.equals(is)) {
                changes.add(path + ": " + was + " → " + is);
            }
        }
        return changes;
    }

    /** The changes as one line for the history, or {@code none} when there are none. */
    public static String summary(String before, String after, String none) {
        List<String> changes = between(before, after);
        return changes.isEmpty() ? none : String.join("; ", changes);
    }

    private static Map<String, String> flatten(String yaml) {
        Map<String, String> values = new LinkedHashMap<>();
        if (yaml != null && !yaml.isBlank()) {
            flatten("", StrictReader.mapper(Format.YAML).readTree(yaml), values);
        }
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray() && node.valueStream().allMatch(JsonNode::isValueNode)) {
            // A list of plain values (product types, access) reads best as one value.
            values.put(path, String.join(", ", node.valueStream().map(JsonNode::asString).toList()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), values);
            }
        } else {
            values.put(path, node.asString());
        }
    }
}
