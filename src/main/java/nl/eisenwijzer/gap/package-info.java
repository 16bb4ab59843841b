/**
 * Supplier gap reports: the bidder's dossier (certificates, reports, documents, statements, waivers, and the
 * chain of ownership, subcontractors and components that the national-security test reads), read and
 * checked against the PvE; the session that lets {@code rules/gap/} decide, per PvE requirement, whether
 * the dossier proves it at the reference date; and the report with verdict, suitability, warnings, roadmap
 * and, for several bidders, the matrix and ranking. Java inserts facts and reads conclusions; every decision
 * (what counts as valid evidence, which status, the verdict, the phase) is made in the rules.
 * Dossiers are confidential: nothing here logs or keeps them.
 */
package nl.eisenwijzer.gap;
