package nl.eisenwijzer.input;

import java.util.Locale;

/** The two notations Eisenwijzer reads. YAML is what people write; JSON is what tools send. */
public enum Format {
    YAML, JSON;

    /** JSON for a {@code .json} file, YAML otherwise. */
    public static Format ofFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
