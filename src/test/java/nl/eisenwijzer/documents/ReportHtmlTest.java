package nl.eisenwijzer.documents;

import static nl.eisenwijzer.documents.ExampleReports.COMPLIANT;
import static nl.eisenwijzer.documents.ExampleReports.CONDITIONAL;
import static nl.eisenwijzer.documents.ExampleReports.EXCLUDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.pve.Pve;
import nl.eisenwijzer.report.GapSections;
import nl.eisenwijzer.report.Labels;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The printable XHTML on the real catalogue and rules: well-formed XML that carries the reports' content. */
class ReportHtmlTest {

    private final ReportHtml html = new ReportHtml(ExampleReports.ENGINE.catalog());

    /** Parses as plain XML, as openhtmltopdf does; element names without the XHTML namespace keep XPath short. */
    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    static List<String> texts(Document document, String xpath) throws XPathExpressionException {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    static String text(Document document, String xpath) throws XPathExpressionException {
        Node node = (Node) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODE);
        assertThat(node).as(xpath).isNotNull();
        return node.getTextContent().strip();
    }

    @Test
    void theGapReportForThreeBiddersPutsTheSummaryFirstThenTheAwardDecisionAndTheAnnexes() throws Exception {
        GapReport report = ExampleReports.award(Language.NL);
        Document doc = parse(html.gap(report));

        assertThat(texts(doc, "//h2[contains(@class,'section')]")).containsExactly("Samenvatting", "Gunningsbeslissing",
                "Bijlage A \u2014 Puntentelling en motivering", "Bijlage B \u2014 Matrix eisen \u00d7 inschrijvers",
                "Bijlage C \u2014 Toetsing per inschrijver");
        // The summary ends with a page break: every later section starts a page.
        assertThat(texts(doc, "//h2[contains(@class,'section')]/@class"))
                .containsExactly("section", "section new-page", "section new-page", "section new-page", "section new-page");
        // The PDF's outline: the sections, and under each the bidders in it.
        assertThat(texts(doc, "//bookmarks/bookmark/@name")).containsExactlyElementsOf(texts(doc, "//h2[contains(@class,'section')]"));
        assertThat(texts(doc, "//bookmark[@href='#annex-c']/bookmark/@name")).containsExactly(COMPLIANT, CONDITIONAL, EXCLUDED);
        assertThat(texts(doc, "//bookmark/@href")).allSatisfy(href ->
                assertThat(texts(doc, "//*[@id='" + href.substring(1) + "']")).hasSize(1));

        assertThat(text(doc, "//p[@class='advice']")).isEqualTo("Gunningsadvies: Voornemen tot gunning aan Cyberwijs B.V.: de "
                + "geldige inschrijving met de meeste punten (82,50).");
        String ranking = "//table[contains(@class,'ranking')]";
        assertThat(texts(doc, ranking + "/thead/tr/th")).containsExactly("#", "Inschrijver", "Inschrijfprijs", "P", "K-1", "K-2",
                "Totaal");
        assertThat(texts(doc, ranking + "/tbody/tr/td[2]")).containsExactly(CONDITIONAL, COMPLIANT, EXCLUDED + " Uitgesloten");
        assertThat(texts(doc, ranking + "/tbody/tr/td[7]")).containsExactly("82,50", "79,17", "\u2013");
        assertThat(texts(doc, ranking + "/tbody/tr/@class")).containsExactly("admissible", "admissible", "excluded");
        assertThat(texts(doc, "//p[@class='line'][span[contains(@class,'verdict')]]")).containsExactly(
                CONDITIONAL + " Geldig Alle knock-outs aangetoond; geen contractvoorwaarden open; wensen 6 van 10.",
                COMPLIANT + " Geldig Alle knock-outs aangetoond; geen contractvoorwaarden open; wensen 10 van 10.",
                EXCLUDED + " Uitgesloten Uitgesloten op EW-SUIT-01 ISO 27001-certificaat (tekort) en EW-SUIT-04 Gedragsverklaring "
                        + "Aanbesteden (tekort).");

        String matrix = "//table[contains(@class,'matrix')]";
        assertThat(texts(doc, matrix + "/thead/tr/th")).containsExactly("Eis", COMPLIANT, CONDITIONAL, EXCLUDED);
        assertThat(texts(doc, matrix + "/tbody/tr")).hasSize(report.pve().requirements());
        // Every line but a knock-out says its kind, as in the Markdown.
        assertThat(texts(doc, matrix + "/tbody/tr[td[1]/strong='EW-DECL-ISMS (contractvoorwaarde)']/td[position()>1]"))
                .containsExactly("aangetoond", "aangetoond", "na gunning te tonen");
        assertThat(texts(doc, matrix + "/tbody/tr[td[1]/strong='EW-WEB-04 (wens)']/td[position()>1]"))
                .containsExactly("aangetoond", "tekort", "aangetoond");
        assertThat(texts(doc, matrix + "/tbody/tr[td[1]/strong='EW-SUIT-04']/td[position()>1]"))
                .containsExactly("aangetoond", "aangetoond", "tekort");
        // One section per bidder, each after the first on a page of its own.
        assertThat(texts(doc, "//section[contains(@class,'bidder')]/@class")).containsExactly("bidder", "bidder new-page",
                "bidder new-page");
    }

    @Test
    void theAwardDecisionGivesTheWinnerTheOthersPointsAndAdvantagesAndTheExclusionReasons() throws Exception {
        Document doc = parse(html.gap(ExampleReports.award(Language.NL)));
        String letters = "//div[@class='letter']";
        assertThat(texts(doc, letters + "/h3")).containsExactly(CONDITIONAL + " Voornemen tot gunning", COMPLIANT + " Afwijzing",
                EXCLUDED + " Uitgesloten");
        assertThat(text(doc, letters + "[1]")).contains("voornemens de opdracht te gunnen aan Cyberwijs B.V.",
                "82,50 van 100,00 punten", "standstilltermijn van 20 kalenderdagen");
        String second = letters + "[2]";
        assertThat(texts(doc, second + "/p")).contains("Uw inschrijving behaalt 79,17 van 100,00 punten en eindigt op plaats 2.",
                "De opdrachtgever is voornemens de opdracht te gunnen aan Cyberwijs B.V., met 82,50 punten.");
        assertThat(texts(doc, second + "//tbody/tr[td[1]='K-1 Plan van aanpak']/td")).containsExactly("K-1 Plan van aanpak",
                "30,00", "22,50", "Campagneplan op maat van de gemeente Velsen met afdelingsgerichte scenario's, meetbare "
                        + "gedragsdoelen per kwartaal en een evaluatiecyclus met de CISO en de FG; onderscheidend in aanpak en "
                        + "uitvoerbaarheid.");
        assertThat(texts(doc, letters + "[3]/ul/li")).first().asString()
                .startsWith("Uitgesloten: 2 eis(en) of geschiktheidseis(en) niet aangetoond: EW-SUIT-01, EW-SUIT-04.");
        assertThat(texts(doc, letters + "[3]/ul/li")).anySatisfy(li -> assertThat(li)
                .startsWith("EW-SUIT-04 Gedragsverklaring Aanbesteden (tekort): De GVA is het nieuwste document dat telt, gedateerd 2023-03-01"));
    }

    @Test
    void withoutAWinnerThereAreNoLettersButTheReasonWhy() throws Exception {
        GapReport incomplete = ExampleReports.award(Language.EN, null, "compliant");
        Document doc = parse(html.gap(incomplete));
        assertThat(texts(doc, "//h2[contains(@class,'section')]")).containsExactly("Summary", "Award decision",
                "Annex A \u2014 Scoring and motivation", "Annex B \u2014 Assessment per bidder");
        assertThat(texts(doc, "//div[@class='letter']")).isEmpty();
        assertThat(texts(doc, "//h2[@id='decision']/following-sibling::p[2]")).singleElement().asString()
                .startsWith("There is no award decision yet: the letters follow once the award advice names a winner. No award advice yet:");
        assertThat(texts(doc, "//table[contains(@class,'ranking')]/tbody/tr/td[7]")).containsExactly("26.67 *");
    }

    @Test
    void oneBidderWithoutAnAwardGetsItsVerdictOpenItemsAndRoadmapUpFront() throws Exception {
        GapReport report = ExampleReports.gap(Language.NL, "excluded");
        GapReport.SupplierReport excluded = report.suppliers().get(0);
        Document doc = parse(html.gap(report));
        assertThat(texts(doc, "//h2[contains(@class,'section')]")).containsExactly("Samenvatting",
                "Bijlage A \u2014 Toetsing per inschrijver");
        assertThat(texts(doc, "//h2[@id='summary']/following-sibling::h3")).containsExactly("Oordeel",
                "Open punten (" + GapSections.open(excluded).size() + ")", "Roadmap");
        assertThat(text(doc, "//p[@class='line']")).isEqualTo(EXCLUDED + " Uitgesloten Uitgesloten op EW-SUIT-01 "
                + "ISO 27001-certificaat (tekort) en EW-SUIT-04 Gedragsverklaring Aanbesteden (tekort).");
        assertThat(texts(doc, "//h2[@id='summary']/following-sibling::table[1]/tbody/tr/td[1]/strong"))
                .containsExactlyElementsOf(GapSections.open(excluded).stream().map(GapReport.Item::requirement).toList())
                .contains("EW-SUIT-01", "EW-SUIT-04");
        assertThat(texts(doc, "//h2[@id='summary']/following-sibling::p")).contains("Roadmap uiterlijk 2025-12-27: 5 fasen, "
                + excluded.roadmap().phases().stream().mapToInt(p -> p.actions().size()).sum() + " acties; laatste mijlpaal "
                + excluded.roadmap().phases().get(4).milestone() + "; 2 knock-outs niet na gunning te herstellen.");
    }

    @Test
    void eachBidderShowsEveryRequirementWithItsStatusAndEveryReason() throws Exception {
        GapReport report = ExampleReports.gap(Language.NL, "excluded");
        GapReport.SupplierReport excluded = report.suppliers().get(0);
        Document doc = parse(html.gap(report));
        String section = "//section[contains(@class,'bidder')]";

        // Every statement item and every suitability item appears in a row of its own with its status.
        List<String> ids = texts(doc, section + "//tr/td[1]/strong");
        List<String> statuses = texts(doc, section + "//tr[td[1]/strong]/td[2]");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            shown.add(ids.get(i) + " " + statuses.get(i));
        }
        assertThat(shown).containsAll(Stream.concat(excluded.items().stream(), excluded.suitability().stream())
                .map(item -> item.requirement() + " " + Labels.statusShort(item.status(), Language.NL)).toList());

        String isms = "(" + section + "//tr[td[1]/strong='EW-DECL-ISMS'])[1]";
        String certificate = text(doc, isms + "/td[3]");
        assertThat(certificate).contains("ISO27001-certificaat was geldig tot 2025-02-28").contains("(certificate-expired)")
                .contains("(statement-on-the-requirement)");
        assertThat(text(doc, isms + "/td[2]")).isEqualTo("na gunning te tonen");

        String gva = section + "/table[2]/tbody/tr[td[1]/strong='EW-SUIT-04']";
        assertThat(texts(doc, gva + "/td[position()>1 and position()<5]"))
                .containsExactly("tekort", "ten hoogste 24 maanden oud (op of na 2023-07-07)", "GVA 2023-03-01");
        assertThat(text(doc, section + "/h3")).contains("Uitgesloten");
    }

    @Test
    void theRoadmapShowsItsDueDateAndPhases() throws Exception {
        Document doc = parse(html.gap(ExampleReports.gap(Language.EN, "conditional")));
        assertThat(text(doc, "//section[contains(@class,'bidder')]")).contains("Roadmap due: 2025-12-27")
                .contains("Phase 5: ").contains("(milestone 2027-10-31)");
        assertThat(texts(doc, "//h4")).contains("Warnings");
        assertThat(text(doc, "//p[@class='line']/span[contains(@class,'verdict')]")).isEqualTo("Admissible");
        // The summary counts the phases that have actions; the conditional bidder's open wishes are all in phase 5.
        assertThat(texts(doc, "//h2[@id='summary']/following-sibling::p"))
                .contains("Roadmap due 2025-12-27: 1 phase, 2 actions; last milestone 2027-10-31.");
    }

    @Test
    void theForeignBiddersRelianceAndWhatIsAskedBeforeSigningAreInItsSection() throws Exception {
        Document doc = parse(html.gap(ExampleReports.gap(Language.EN, "foreign")));
        String reliances = "//section[@class='bidder']//table[preceding-sibling::h4[1]='Reliance on third parties']";
        assertThat(texts(doc, reliances + "/tbody/tr/td[position()<4]"))
                .containsExactly("Rechenzentrum Nord GmbH", "hosting", "EW-SUIT-01");
        assertThat(text(doc, reliances + "/tbody/tr/td[4]")).contains("(certificate-of-relied-on-party)");
        String signing = "//section[@class='bidder']//table[preceding-sibling::h5[1]='Before the contract is signed']";
        assertThat(text(doc, signing + "/tbody/tr/td[1]")).startsWith("EW-SUIT-02");
        assertThat(text(doc, signing + "/tbody/tr/td[3]")).contains("Ask for the proof of insurance", "(policy-before-signing)");
    }

    @Test
    void theRunningFooterCarriesFingerprintCatalogueAndPageNumbers() throws Exception {
        GapReport report = ExampleReports.gap(Language.NL, "compliant");
        Document doc = parse(html.gap(report));
        assertThat(text(doc, "//div[@class='running-footer']"))
                .contains(report.fingerprint()).contains("Catalogus " + report.catalogVersion()).contains("Pagina");
        assertThat(texts(doc, "//div[@class='running-footer']/span/@class")).containsExactly("page-number", "page-count");
        assertThat(text(doc, "//meta[@name='" + PrintDocument.CREATED_META + "']/@content")).isEqualTo("2025-07-07");
        assertThat(text(doc, "/html/@lang")).isEqualTo("nl");
    }

    @Test
    void theNatsecReportShowsOutcomeQuestionsChainAndLegalRoutes() throws Exception {
        NatsecReport report = ExampleReports.natsec(Language.EN);
        Document doc = parse(html.natsec(report));
        String outcome = text(doc, "//div[@class='card']");
        assertThat(outcome).startsWith("Exclusion possible").contains("Decisive party: Polar Optics Ltd.")
                .contains("(outcome-exclusion-possible)");
        assertThat(text(doc, "(//div[@class='question'])[2]")).startsWith("Q2")
                .contains("confirmed by a person; derived: unknown").contains("Justification: ");
        assertThat(texts(doc, "//table[thead/tr/th='Party' and thead/tr/th='Role']/tbody/tr/td[1]"))
                .containsExactlyElementsOf(report.chain().stream().map(NatsecReport.Party::name).toList());
        assertThat(text(doc, "//tr[td[1]='Kabelgroothandel Delta B.V.']/td[5]")).isEqualTo("not assessed");

        String route = "//table[thead/tr/th='Condition']/tbody/tr[td[1]='Polar Optics Ltd.']";
        assertThat(text(doc, route + "/td[2]")).isEqualTo("Public Procurement Act 2012: country not a party to the GPA (AW2012_NON_GPA)");
        assertThat(text(doc, route + "/td[3]")).contains("not a party to the WTO Government Procurement Agreement")
                .contains("(route-aw2012-not-gpa-party)");
        assertThat(texts(doc, "//p")).contains("No measures chosen: no party has the outcome mitigate.");
        assertThat(text(doc, "//div[@class='notice']")).isEqualTo(report.notice());
    }

    @Test
    void withoutAnswersTheReportSaysWhatIsNeededAndWithMeasuresWhatGoesIntoThePve() throws Exception {
        Document unanswered = parse(html.natsec(ExampleReports.natsec(Language.EN, null, null)));
        assertThat(text(unanswered, "//div[@class='card']")).startsWith("Insufficient information")
                .contains("Needed for an outcome");
        assertThat(texts(unanswered, "//div[@class='card']/ul[not(@class)]/li/strong")).containsExactly("Q1", "Q2", "Q3B");
        assertThat(texts(unanswered, "//p")).contains("Realisable according to the buyer: not stated");

        NatsecReport mitigated = ExampleReports.natsec(Language.EN, ExampleReports.answers(), List.of("NS-UPDATE-CONTROL",
                "NS-CODE-HARDWARE-REVIEW", "NS-EXIT-PLAN", "NS-NO-REMOTE-NON-EU", "NS-SCREENING", "NS-SEGMENT-MONITOR"));
        Document doc = parse(html.natsec(mitigated));
        assertThat(text(doc, "//div[@class='card']")).startsWith("Mitigate with measures");
        String added = "//table[thead/tr/th='Measures']/tbody/tr";
        assertThat(texts(doc, added + "/td[1]/strong"))
                .containsExactlyElementsOf(mitigated.addedRequirements().stream().map(NatsecReport.AddedRequirement::requirement).toList())
                .contains("EW-NS-05");
        // The source's strength: the PvE makes them binding (rules/pve/kind/law.drl, control-measure-is-binding).
        assertThat(texts(doc, added + "/td[2]")).containsOnly("mandatory");
        assertThat(texts(doc, "//p[@class='note']")).anySatisfy(p ->
                assertThat(p).startsWith("Put them in the PvE with the profile field controlMeasures: ").contains("NS-EXIT-PLAN"));
    }

    @Test
    void thePveHasOneBlockPerLineInDomainChaptersWithEvidenceAndReasons() throws Exception {
        Pve pve = ExampleReports.velsenPve(Language.NL);
        Document doc = parse(html.pve(pve));
        assertThat(texts(doc, "//div[contains(concat(' ', @class, ' '), ' requirement ')]")).hasSize(pve.requirements().size());
        assertThat(texts(doc, "//h2")).contains("Samenvatting", "1. Bestuur en beleid");
        String first = "(//div[contains(concat(' ', @class, ' '), ' requirement ')])[1]";
        assertThat(text(doc, first + "/h3"))
                .isEqualTo("1.1 EW-CLOUD-03: Jaarlijks assurancerapport type II over de clouddienst Contractvoorwaarde");
        assertThat(text(doc, first)).contains("Verificatie na gunning").contains("ISAE 3402 type II-rapport")
                .contains("(selection-by-traits)").contains("(execution-must-is-a-contract-condition)");
        assertThat(text(doc, "//h2[.='Samenvatting']/following-sibling::p[1]")).contains(pve.summary().eis() + " × eis")
                .contains(pve.summary().wens() + " × wens");
        // Sub-points stand under their line; each annex follows the chapters in full.
        String agreement = "//div[contains(concat(' ', @class, ' '), ' requirement ')][h3[contains(., 'AVG-28: ')]]";
        assertThat(texts(doc, agreement + "/ol[@class='items']/li/strong"))
                .containsExactlyElementsOf(pve.line("AVG-28").items().stream().map(Pve.Item::id).toList());
        assertThat(texts(doc, "//h2")).contains("Bijlage bij 1.2 EW-DECL-BIO2: " + pve.line("EW-DECL-BIO2").title());
        assertThat(texts(doc, "//h2[starts-with(., 'Bijlage bij 1.2')]/following-sibling::table[1]/tbody/tr"))
                .hasSize(pve.annexes().get(0).entries().size());
    }

    @Test
    void textFromDossiersIsEscapedSoTheDocumentStaysWellFormed() throws Exception {
        GapReport real = ExampleReports.gap(Language.NL, "compliant");
        GapReport.SupplierReport s = real.suppliers().get(0);
        String hostile = "Fa & Zn <b>\"Beveiliging\"</b> B.V.\u0007";
        GapReport report = new GapReport(hostile, real.catalogVersion(), real.fingerprint(), real.language(),
                real.referenceDate(), real.contractStart(), real.contractEnd(), real.pve(),
                List.of(new GapReport.SupplierReport(hostile, s.country(), s.price(), s.verdict(), s.verdictReasons(),
                        s.openContractConditions(), s.score(), s.summary(), s.items(), s.suitability(), s.evidence(), s.warnings(),
                        s.roadmap(), s.reliances())),
                null, null, null, List.of());
        Document doc = parse(html.gap(report));
        assertThat(text(doc, "//h1")).isEqualTo("Fa & Zn <b>\"Beveiliging\"</b> B.V.");
        assertThat(text(doc, "//meta[@name='subject']/@content")).isEqualTo("Gap-rapport");
    }

    @Test
    void theSameReportGivesTheSameHtml() throws IOException {
        assertThat(html.gap(ExampleReports.gap(Language.EN, "conditional", "compliant")))
                .isEqualTo(html.gap(ExampleReports.gap(Language.EN, "conditional", "compliant")));
        assertThat(html.natsec(ExampleReports.natsec(Language.NL))).isEqualTo(html.natsec(ExampleReports.natsec(Language.NL)));
        assertThat(html.pve(ExampleReports.velsenPve(Language.EN))).isEqualTo(html.pve(ExampleReports.velsenPve(Language.EN)));
    }
}
