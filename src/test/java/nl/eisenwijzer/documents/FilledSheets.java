package nl.eisenwijzer.documents;

import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.SupplierDossier;

/** For tests outside this package: an answer sheet filled in from a dossier, as a bidder does in Excel. */
public final class FilledSheets {

    private FilledSheets() {
    }

    public static byte[] fill(byte[] answerSheet, Catalog catalog, Language language, SupplierDossier dossier) {
        return new SheetFiller(answerSheet, catalog, language).fill(dossier).bytes();
    }
}
