/**
 * The facts of the PvE pipeline ({@code rules/pve/}): what Java inserts besides the catalogue and the profile
 * ({@link nl.eisenwijzer.pve.facts.Precedence}, {@link nl.eisenwijzer.pve.facts.TailoringRequest}) and what
 * each stage derives, stage by stage as {@code rules/README.md} lists them: traits, selection, kinds, grouping,
 * placement, line kinds and tailoring. Every derived fact carries the rule that derived it and an explanation.
 */
package nl.eisenwijzer.pve.facts;
