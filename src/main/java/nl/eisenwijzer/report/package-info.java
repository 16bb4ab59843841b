/**
 * Rendering: the one JSON writer (byte-identical output in CLI and API), the PvE as a Markdown draft annex,
 * the gap report as Markdown for the evaluation file, and the catalogue listing. Knows layout and wording, decides nothing.
 */
package nl.eisenwijzer.report;
