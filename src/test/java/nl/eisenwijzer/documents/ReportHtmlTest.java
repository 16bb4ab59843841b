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
    void theGapReportForThreeBiddersHasVerdictsRankingAndTheFullMatrix() throws Exception {
        GapReport report = ExampleReports.gap(Language.NL, "excluded", "conditional", "compliant");
        Document doc = parse(html.gap(report));

        assertThat(texts(doc, "//div[@class='card']/h3/span[contains(@class,'verdict')]"))
                .containsExactly("Uitgesloten", "Voorwaardelijk", "Voldoet");
        assertThat(texts(doc, "//table[@class='ranking']/tbody/tr/td[2]")).containsExactly(COMPLIANT, CONDITIONAL, EXCLUDED);

        String matrix = "//table[contains(@class,'matrix')]";
        assertThat(texts(doc, matrix + "/thead/tr/th")).containsExactly("Eis", EXCLUDED, CONDITIONAL, COMPLIANT);
        assertThat(texts(doc, matrix + "/tbody/tr")).hasSize(report.pve().requirements());
        // Every line but a knock-out says its kind, as in the Markdown.
        assertThat(texts(doc, matrix + "/tbody/tr[td[1]/strong='EW-DECL-ISMS (contractvoorwaarde)']/td[position()>1]"))
                .containsExactly("na gunning te tonen", "aangetoond", "aangetoond");
        assertThat(texts(doc, matrix + "/tbody/tr[td[1]/strong='EW-WEB-04 (wens)']/td[position()>1]"))
                .containsExactly("aangetoond", "tekort", "aangetoond");
        assertThat(texts(doc, matrix + "/tbody/tr[td[1]/strong='EW-SUIT-04']/td[position()>1]"))
                .containsExactly("tekort", "aangetoond", "aangetoond");
        // One section per bidder, each starting on its own page.
        assertThat(texts(doc, "//section[@class='bidder']/h2")).hasSize(3);
    }

    @Test
    void eachBidderShowsEveryRequirementWithItsStatusAndEveryReason() throws Exception {
        GapReport report = ExampleReports.gap(Language.NL, "excluded");
        GapReport.SupplierReport excluded = report.suppliers().get(0);
        Document doc = parse(html.gap(report));
        String section = "//section[@class='bidder']";

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

        String gva = section + "/table[1]/tbody/tr[td[1]/strong='EW-SUIT-04']";
        assertThat(texts(doc, gva + "/td[position()>1 and position()<5]"))
                .containsExactly("tekort", "ten hoogste 24 maanden oud (op of na 2023-07-07)", "GVA 2023-03-01");
        // The knock-out gaps are in the summary up front, not only in the bidder's section.
        assertThat(texts(doc, "//div[@class='card']//tr/td[1]/strong")).containsExactlyInAnyOrder("EW-SUIT-01", "EW-SUIT-04")
                .hasSize(excluded.roadmap().knockOut().size());
        assertThat(text(doc, "//div[@class='card']")).contains("verdict-excluded");
    }

    @Test
    void theRoadmapShowsItsDueDateAndPhases() throws Exception {
        Document doc = parse(html.gap(ExampleReports.gap(Language.EN, "conditional")));
        assertThat(text(doc, "//section[@class='bidder']")).contains("Roadmap due: 2025-12-27")
                .contains("Phase 5: ").contains("(milestone 2027-10-31)");
        assertThat(texts(doc, "//h3")).contains("Warnings");
        assertThat(text(doc, "//div[@class='card']//span[contains(@class,'verdict')]")).isEqualTo("Conditional");
    }

    @Test
    void theForeignBiddersRelianceAndWhatIsAskedBeforeSigningAreInItsSection() throws Exception {
        Document doc = parse(html.gap(ExampleReports.gap(Language.EN, "foreign")));
        String reliances = "//section[@class='bidder']//table[preceding-sibling::h3[1]='Reliance on third parties']";
        assertThat(texts(doc, reliances + "/tbody/tr/td[position()<4]"))
                .containsExactly("Rechenzentrum Nord GmbH", "hosting", "EW-SUIT-01");
        assertThat(text(doc, reliances + "/tbody/tr/td[4]")).contains("(certificate-of-relied-on-party)");
        String signing = "//section[@class='bidder']//table[preceding-sibling::h4[1]='Before the contract is signed']";
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
