package nl.eisenwijzer.web;

import java.util.List;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.StrictReader;
import nl.eisenwijzer.profile.ProcurementProfile;
import nl.eisenwijzer.profile.ProfileWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tender file being edited, as a tree in the file's own field names: each wizard step and each tailoring
 * sets or removes its fields, and {@link #yaml()} writes the file again. Only what the user gave is in it,
 * so a default nobody chose is never written down as a choice.
 */
final class ProfileTree {

    private static final ObjectMapper MAPPER = StrictReader.mapper(Format.YAML);

    private final ObjectNode root;

    private ProfileTree(ObjectNode root) {
        this.root = root;
    }

    static ProfileTree of(String yaml) {
        JsonNode node = yaml == null || yaml.isBlank() ? null : MAPPER.readTree(yaml);
        return new ProfileTree(node instanceof ObjectNode object ? object.deepCopy() : MAPPER.createObjectNode());
    }

    static ProfileTree of(ProcurementProfile profile) {
        return of(ProfileWriter.yaml(profile));
    }

    ProfileTree copy() {
        return new ProfileTree(root.deepCopy());
    }

    /**
     * The value at a dotted path as text, or null when it is not given. A number in the path is a list's item
     * ({@code award.quality.0.id}), as the award step names its rows.
     */
    String text(String path) {
        JsonNode node = at(path);
        return node == null || node.isNull() || node.isContainer() ? null : node.asString();
    }

    /** The plain values of the list at a dotted path; empty when not given. */
    List<String> texts(String path) {
        JsonNode node = at(path);
        return node == null || !node.isArray() ? List.of() : node.valueStream().map(JsonNode::asString).toList();
    }

    JsonNode node(String path) {
        return at(path);
    }

    void setText(String path, String value) {
        if (value == null) {
            remove(path);
        } else {
            parent(path).put(leaf(path), value);
        }
    }

    void setNumber(String path, Long value) {
        if (value == null) {
            remove(path);
        } else {
            parent(path).put(leaf(path), value);
        }
    }

    /** A yes/no question answered with a tick: ticked is true, not ticked leaves the default (no). */
    void setTick(String path, boolean ticked) {
        if (ticked) {
            parent(path).put(leaf(path), true);
        } else {
            remove(path);
        }
    }

    void setTexts(String path, List<String> values) {
        if (values.isEmpty()) {
            remove(path);
        } else {
            ArrayNode array = parent(path).putArray(leaf(path));
            values.forEach(array::add);
        }
    }

    void setNode(String path, JsonNode value) {
        if (value == null) {
            remove(path);
        } else {
            parent(path).set(leaf(path), value);
        }
    }

    void remove(String path) {
        JsonNode parent = at(path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "");
        if (parent instanceof ObjectNode object) {
            object.remove(leaf(path));
            if (object != root && object.isEmpty()) {
                remove(path.substring(0, path.lastIndexOf('.')));
            }
        }
    }

    /** The profile as the file says it, not yet checked or completed with defaults. */
    ProcurementProfile profile() {
        return MAPPER.treeToValue(root, ProcurementProfile.class);
    }

    String yaml() {
        return ProfileWriter.yaml(profile());
    }

    ObjectMapper mapper() {
        return MAPPER;
    }

    private JsonNode at(String path) {
        JsonNode node = root;
        if (path.isEmpty()) {
            return node;
        }
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.isArray() && part.matches("\\d{1,4}") ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        return node;
    }

    private ObjectNode parent(String path) {
        ObjectNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        return node;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
