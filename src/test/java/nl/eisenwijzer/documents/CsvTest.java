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
    void thePveHasOneRowPerLineWithNumberKindWeightSubPointsAndWhatTheLineSatisfies() throws IOException {
        Pve pve = ExampleReports.velsenPve(Language.NL);
        String csv = Csv.pve(pve);
        List<CSVRecord> records = read(csv);
        assertThat(records).hasSize(pve.requirements().size() + 1).allSatisfy(r -> assertThat(r.size()).isEqualTo(15));
        assertThat(records.get(0).values())
                .containsExactly("Nr", "Id", "Domein", "Soort", "Gewicht", "Titel", "Tekst", "Onderdelen", "Voldoet aan", "Bewijs",
                        "Wettelijke grondslag", "Bijlage", "Aangepast", "Catalogus", "Vingerafdruk");
        assertThat(records.get(1).values()).endsWith(pve.catalogVersion(), pve.fingerprint());
        assertThat(records.get(1).values()).startsWith("1.1", "EW-CLOUD-03", "governance", "contractvoorwaarde", "",
                "Jaarlijks assurancerapport type II over de clouddienst");
        assertThat(records.get(1).get(8)).isEqualTo("EW-CLOUD-03, AVG-32.1.d, NIS2-21.2.f");
        CSVRecord agreement = records.stream().filter(r -> r.get(1).equals("AVG-28")).findFirst().orElseThrow();
        assertThat(agreement.get(3)).isEqualTo("eis");
        assertThat(agreement.get(7)).startsWith("AVG-28.3.a, AVG-28.3.b, ").endsWith("AVG-28.9");
        assertThat(agreement.get(10)).isEqualTo("AVG art. 28");
        CSVRecord wish = records.stream().filter(r -> r.get(3).equals("wens")).findFirst().orElseThrow();
        assertThat(wish.get(4)).isEqualTo(pve.line(wish.get(1)).weight().toString());
        CSVRecord bio2 = records.stream().filter(r -> r.get(1).equals("EW-DECL-BIO2")).findFirst().orElseThrow();
        assertThat(bio2.get(11).split(", ")).hasSize(pve.annexes().stream().filter(a -> a.id().equals("EW-DECL-BIO2")).findFirst().orElseThrow().entries().size()).contains("BIO2-5.1");
        // RFC 4180: records end in CRLF.
        assertThat(csv).endsWith("\r\n").contains("\r\n1.1,EW-CLOUD-03,");
    }

    @Test
    void severalBiddersGiveTheMatrixWithAVerdictRow() throws IOException {
        GapReport report = ExampleReports.gap(Language.NL, "excluded", "conditional", "compliant");
        List<CSVRecord> records = read(Csv.gapMatrix(report));
        assertThat(records).hasSize(report.matrix().rows().size() + 2).allSatisfy(r -> assertThat(r.size()).isEqualTo(8));
        assertThat(records.get(0).values()).containsExactly("Eis", "Titel", "Soort", EXCLUDED, CONDITIONAL, COMPLIANT, "Catalogus",
                "Vingerafdruk");
        assertThat(records.get(1).values()).containsExactly("Oordeel", "", "", "Uitgesloten", "Geldig", "Geldig",
                report.catalogVersion(), report.fingerprint());
        assertThat(row(records, "EW-DECL-ISMS").values()).startsWith("EW-DECL-ISMS",
                "Gecertificeerd ISMS met een verklaring van toepasselijkheid die de dienst dekt", "contractvoorwaarde",
                "aanvaard, na gunning aan te tonen", "aangetoond", "aangetoond");
        assertThat(row(records, "EW-WEB-04").values()).containsSequence("wens", "aangetoond", "tekort", "aangetoond");
        assertThat(row(records, "EW-SUIT-04").values()).containsSequence("geschiktheidseis", "tekort", "aangetoond", "aangetoond");
    }

    @Test
    void oneBidderGivesItsItemsWithStatusAndReasons() throws IOException {
        GapReport report = ExampleReports.gap(Language.EN, "excluded");
        GapReport.SupplierReport excluded = report.suppliers().get(0);
        List<CSVRecord> records = read(Csv.gapMatrix(report));
        assertThat(records).hasSize(excluded.items().size() + excluded.suitability().size() + 2)
                .allSatisfy(r -> assertThat(r.size()).isEqualTo(7));
        assertThat(records.get(0).values()).containsExactly("Requirement", "Title", "Kind", "Status", "Why", "Catalogue",
                "Fingerprint");
        assertThat(records.get(1).get(0)).isEqualTo("Verdict");
        assertThat(records.get(1).get(3)).isEqualTo("Excluded");
        assertThat(records.get(1).get(4)).contains("(verdict-excluded)");
        CSVRecord isms = row(records, "EW-DECL-ISMS");
        assertThat(isms.get(2)).isEqualTo("contract condition");
        assertThat(isms.get(3)).isEqualTo("accepted, to show after award");
        // One reason per line inside the cell.
        assertThat(isms.get(4).split("\n")).hasSize(excluded.items().stream()
                .filter(i -> i.requirement().equals("EW-DECL-ISMS")).findFirst().orElseThrow().reasons().size())
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
