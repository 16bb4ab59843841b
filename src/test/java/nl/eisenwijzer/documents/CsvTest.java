package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.ExampleReports.COMPLIANT;
import static nl.eisenwijzer.documents.ExampleReports.CONDITIONAL;
import static nl.eisenwijzer.documents.ExampleReports.EXCLUDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.pve.Pve;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV documents read back with commons-csv: rows, columns and the values of the real reports. */
class CsvTest {

    private static List<CSVRecord> read(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> records, String first) {
        return records.stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow();
    }

    @Test
    void thePveHasOneRowPerLineWithNumberObligationAndWhatTheLineSatisfies() throws IOException {
        Pve pve = ExampleReports.velsenPve(Language.NL);
        String csv = Csv.pve(pve);
        List<CSVRecord> records = read(csv);
        assertThat(records).hasSize(pve.requirements().size() + 1).allSatisfy(r -> assertThat(r.size()).isEqualTo(10));
        assertThat(records.get(0).values())
                .containsExactly("Nr", "Id", "Domein", "Eis of wens", "Titel", "Tekst", "Voldoet aan", "Bewijs", "Catalogus",
                        "Vingerafdruk");
        assertThat(records.get(1).values()).endsWith(pve.catalogVersion(), pve.fingerprint());
        assertThat(records.get(1).values()).startsWith("1.1", "BIO2-5.1", "governance", "eis",
                "Beleidsregels voor informatiebeveiliging");
        CSVRecord https = records.stream().filter(r -> r.get(1).equals("BIO2-5.14.01")).findFirst().orElseThrow();
        assertThat(https.get(6)).startsWith("BIO2-5.14.01, ").contains("FS-HTTPS-HSTS");
        // RFC 4180: records end in CRLF.
        assertThat(csv).endsWith("\r\n").contains("\r\n1.1,BIO2-5.1,");
    }

    @Test
    void severalBiddersGiveTheMatrixWithAVerdictRow() throws IOException {
        GapReport report = ExampleReports.gap(Language.NL, "excluded", "conditional", "compliant");
        List<CSVRecord> records = read(Csv.gapMatrix(report));
        assertThat(records).hasSize(report.matrix().rows().size() + 2).allSatisfy(r -> assertThat(r.size()).isEqualTo(8));
        assertThat(records.get(0).values()).containsExactly("Eis", "Titel", "Eis of wens", EXCLUDED, CONDITIONAL, COMPLIANT, "Catalogus",
                "Vingerafdruk");
        assertThat(records.get(1).values()).containsExactly("Oordeel", "", "", "Uitgesloten", "Voorwaardelijk", "Voldoet",
                report.catalogVersion(), report.fingerprint());
        assertThat(row(records, "BIO2-5.1").values()).startsWith("BIO2-5.1", "Beleidsregels voor informatiebeveiliging",
                "eis", "bewijs verlopen", "aangetoond", "aangetoond");
        assertThat(row(records, "BIO2-5.6").values()).containsSequence("wens", "aangetoond", "tekort", "aangetoond");
    }

    @Test
    void oneBidderGivesItsItemsWithStatusAndReasons() throws IOException {
        GapReport report = ExampleReports.gap(Language.EN, "excluded");
        GapReport.SupplierReport excluded = report.suppliers().get(0);
        List<CSVRecord> records = read(Csv.gapMatrix(report));
        assertThat(records).hasSize(excluded.items().size() + excluded.suitability().size() + 2)
                .allSatisfy(r -> assertThat(r.size()).isEqualTo(7));
        assertThat(records.get(0).values()).containsExactly("Requirement", "Title", "Requirement or wish", "Status", "Why", "Catalogue",
                "Fingerprint");
        assertThat(records.get(1).get(0)).isEqualTo("Verdict");
        assertThat(records.get(1).get(3)).isEqualTo("Excluded");
        assertThat(records.get(1).get(4)).contains("(verdict-excluded)");
        CSVRecord policy = row(records, "BIO2-5.1");
        assertThat(policy.get(3)).isEqualTo("evidence expired");
        // One reason per line inside the cell.
        assertThat(policy.get(4).split("\n")).hasSize(excluded.items().stream()
                .filter(i -> i.requirement().equals("BIO2-5.1")).findFirst().orElseThrow().reasons().size())
                .anySatisfy(line -> assertThat(line).contains("2025-02-28").endsWith("(certificate-expired)"));
        assertThat(row(records, "EW-SUIT-04").get(3)).isEqualTo("gap");
    }

    @Test
    void theSameInputGivesTheSameCsv() throws IOException {
        assertThat(Csv.pve(ExampleReports.velsenPve(Language.EN))).isEqualTo(Csv.pve(ExampleReports.velsenPve(Language.EN)));
        assertThat(Csv.gapMatrix(ExampleReports.gap(Language.NL, "conditional", "compliant")))
                .isEqualTo(Csv.gapMatrix(ExampleReports.gap(Language.NL, "conditional", "compliant")));
    }
}
