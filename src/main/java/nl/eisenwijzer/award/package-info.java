/**
 * The award: scores, ranking and the award advice over the bidders a gap report judged, decided by
 * {@code rules/award/} in one rule session per tender (every bidder's points are compared there). Owns the committee's
 * input ({@link nl.eisenwijzer.award.Evaluation}), the facts the award rules read and derive, and
 * {@link nl.eisenwijzer.award.AwardAssessor}, which inserts them and reads the conclusions back. The per-bidder verdict
 * comes from the gap rules; this package never changes it.
 */
package nl.eisenwijzer.award;
