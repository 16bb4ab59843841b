package nl.eisenwijzer.documents;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.gap.DossierReader;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.InvalidInputException;

/**
 * Bidders' files as the CLI and the pages receive them: a filled-in answer sheet (.xlsx) or a dossier in YAML
 * or JSON (.json), told apart by the file name. Read in memory; nothing is kept.
 */
public final class DossierFiles {

    private DossierFiles() {
    }

    /** The dossier in one file, not yet checked against a PvE. */
    public static SupplierDossier read(Catalog catalog, DossierReader reader, String fileName, byte[] content) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? new AnswerSheetReader(catalog).read(content)
                : reader.read(new String(content, StandardCharsets.UTF_8), Format.ofFileName(fileName));
    }

    /** Refuses two bidders of the same name: reports, matrices and rankings name bidders by name. */
    public static void requireDistinctNames(List<SupplierDossier> dossiers, List<String> fileNames, String fieldPrefix) {
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < dossiers.size(); i++) {
            String earlier = named.putIfAbsent(dossiers.get(i).name().strip(), fileNames.get(i));
            if (earlier != null) {
                throw new InvalidInputException("name", fieldPrefix + fileNames.get(i) + ": the bidder is named '"
                        + dossiers.get(i).name() + "' like the one in " + earlier + "; give each bidder its own name");
            }
        }
    }
}
