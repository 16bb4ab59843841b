package nl.eisenwijzer.api;

/** A link to a related resource, as the API's {@code links} objects carry them. */
record Link(String href) {
}
