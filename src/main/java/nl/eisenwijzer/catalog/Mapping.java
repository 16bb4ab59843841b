package nl.eisenwijzer.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A link from one requirement to a related one in another framework. In YAML either a plain id (an
 * overlap, {@code intersects}) or {@code {id: BIO2-8.5, relationship: equivalent}}.
 */
public record Mapping(String id, Relationship relationship) {

    public Mapping {
        relationship = relationship == null ? Relationship.INTERSECTS : relationship;
    }

    /** The short form: a bare id means the two overlap. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Mapping of(String id) {
        return new Mapping(id, Relationship.INTERSECTS);
    }
}
