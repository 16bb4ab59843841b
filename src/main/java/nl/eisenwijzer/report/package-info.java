/**
 * Rendering: the one JSON writer (byte-identical output in CLI and API), the PvE as a Markdown draft annex,
 * the gap report as Markdown for the evaluation file, and the catalogue listing; the words every document
 * shares ({@link nl.eisenwijzer.report.Labels}), the chapter numbering ({@link nl.eisenwijzer.report.PveChapters})
 * and what each document says about a PvE line ({@link nl.eisenwijzer.report.LineFacts}). Knows layout and wording, decides nothing.
 */
package nl.eisenwijzer.report;
