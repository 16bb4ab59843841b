/**
 * The web pages for information-security officers and buyers, server-rendered with Thymeleaf and styled
 * with the NL Design System (Utrecht components and tokens, from npm): the start page with saved tenders,
 * the wizard that describes the purchase step by step, up to how it awards (with a live preview of the PvE lines
 * that appear or disappear, through htmx where JavaScript runs), the PvE with its kinds and reasons, tailoring,
 * downloads, bidders' gap reports with the ranking and the award advice beside the verdicts, the national-security
 * test as a questionnaire over the bidder's chain, and the history of a tender. Dutch first, English by the
 * language switch.
 *
 * <p>A thin layer: the pages call the same engine as the CLI and the API ({@link nl.eisenwijzer.Eisenwijzer})
 * and keep tenders through {@link nl.eisenwijzer.tender.TenderStore}; nothing here decides what a PvE holds or
 * how bids score. Bidders' dossiers and the evaluation committee's judgments are read in memory for one request
 * and never stored or logged; a chain typed into the national-security questionnaire lives only in the page's form
 * fields between requests.
 */
package nl.eisenwijzer.web;
