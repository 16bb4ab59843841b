/**
 * The procurement profile: what is bought and in what setting. Owns the profile's shape, its strict
 * reading (every rejection names the field and the allowed values) and its normalisation (defaults,
 * sorted lists) so that equal purchases give equal fingerprints.
 */
package nl.eisenwijzer.profile;
