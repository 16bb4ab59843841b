/**
 * Catalogue versions and change impact: reading a catalogue from a directory or a git ref, the requirements
 * added, removed and changed between two versions, and which PvE lines a set of profiles gains or loses.
 */
package nl.eisenwijzer.changes;
