/**
 * Rule cases: the {@code *.cases.yaml} files beside each DRL file (profile, and for the gap and
 * national-security rules a supplier dossier with answers and realisable measures, in; expected conclusions out),
 * and the runner the JUnit suite and the {@code test} command share.
 */
package nl.eisenwijzer.cases;
