package nl.eisenwijzer.gap;

import nl.eisenwijzer.catalog.Text;

/**
 * A document in the dossier and the evidence type it counts as: a Dutch document as itself, an equivalent
 * document or sworn statement of the bidder's country as the Dutch document it replaces.
 *
 * @param countsAs the evidence type a requirement must accept for this document to count
 * @param subject the document in a sentence, with its article: "De GVA", "Het document 'Führungszeugnis' uit DE"
 * @param shown the document in a table cell: "GVA", "Führungszeugnis (DE)"
 */
public record CountedDocument(SupportingDocument document, String countsAs, Text subject, Text shown, String rule,
        Text explanation) {
}
