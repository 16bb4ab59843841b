package nl.eisenwijzer.catalog;

/**
 * A country (ISO 3166-1 alpha-2) as the national-security test sees it: two facts (EU membership and
 * being a party to the WTO Government Procurement Agreement, the EU counting for its member states) and
 * the organisation's own two assessments, which ship as unknown.
 */
public record Country(
        String code,
        Text name,
        Boolean euMember,
        Boolean gpaParty,
        CountryAssessment cooperationObligationLaw,
        CountryAssessment offensiveProgrammeAgainstNL) {

    public Country {
        cooperationObligationLaw = cooperationObligationLaw == null ? CountryAssessment.UNKNOWN : cooperationObligationLaw;
        offensiveProgrammeAgainstNL = offensiveProgrammeAgainstNL == null ? CountryAssessment.UNKNOWN : offensiveProgrammeAgainstNL;
    }
}
