/**
 * The procurement profile: what is bought and in what setting, which suitability requirements the tender asks
 * ({@link nl.eisenwijzer.profile.Suitability}) and the buyer's changes to the PvE
 * ({@link nl.eisenwijzer.profile.Tailoring}). Owns the profile's shape, its strict reading (every rejection
 * names the field and the allowed values; tailoring is checked for its shape here, against the PvE by the
 * rules) and its normalisation (defaults, sorted lists) so that equal purchases give equal fingerprints.
 */
package nl.eisenwijzer.profile;
