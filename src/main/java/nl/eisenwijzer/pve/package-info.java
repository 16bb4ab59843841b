/**
 * The Programma van Eisen: running the PvE pipeline for one profile ({@link nl.eisenwijzer.pve.RequirementSelector}
 * → {@link nl.eisenwijzer.pve.Selection}, language-neutral) and laying the rules' conclusions out as the PvE in
 * one language ({@link nl.eisenwijzer.pve.PveBuilder} → {@link nl.eisenwijzer.pve.Pve}): lines of four kinds with
 * their sub-points and reasons, annexes of declaration lines, the buyer's tailoring on record, and a fingerprint.
 * The facts the rules read and derive are in {@code pve.facts}.
 */
package nl.eisenwijzer.pve;
