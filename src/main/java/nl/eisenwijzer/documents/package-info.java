/**
 * Tender-ready documents: the PvE as a Word annex and an Excel answer sheet (and the import of a filled-in
 * sheet as a supplier dossier), the gap report as a Word document, the PvE and the gap and national-security
 * reports as HTML and PDF, and CSV for spreadsheets; {@link nl.eisenwijzer.documents.Documents} is the one entry point for every format.
 * Writers take the engine's results (PvE, reports) and lay them out; they decide nothing. Every document
 * carries the fingerprint and catalogue version, and the same input gives the same content.
 */
package nl.eisenwijzer.documents;
