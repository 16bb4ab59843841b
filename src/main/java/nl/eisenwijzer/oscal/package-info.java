/**
 * Open interchange in NIST OSCAL (JSON): the catalogue as an OSCAL catalog, the PvE as an OSCAL profile with
 * the selection reasons, and a gap report as OSCAL assessment-results. Identifiers and timestamps derive from
 * the input, so the same input gives the same document; tests validate the output against the OSCAL schema.
 */
package nl.eisenwijzer.oscal;
