package nl.eisenwijzer.pve.facts;

/**
 * A requirement that gives its topic a PvE line of its own in this purchase: the purchase makes it specific, or
 * no declaration line covers its framework. The topic's other requirements then join that line rather than an
 * annex, and the anchor of the earliest framework leads it.
 */
public record TopicAnchor(String topic, String requirementId) {
}
