/**
 * The national-security test (Kamerbrief 17 april 2023): the four questions 1, 2, 3A and 3B over the bidder,
 * its chain of control, its subcontractors and its component suppliers. Owns the facts the rules in
 * {@code rules/natsec/} reason over and derive, the assessor that runs one session per request, and the
 * report. Country-neutral: every conclusion comes from the organisation's data in {@code catalog/countries.yaml},
 * the dossier and the answers a person confirms; nothing here names a country.
 */
package nl.eisenwijzer.natsec;
