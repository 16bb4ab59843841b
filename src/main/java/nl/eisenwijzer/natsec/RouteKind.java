package nl.eisenwijzer.natsec;

/** The procurement-law routes the Kamerbrief names for excluding a supplier on its origin. */
public enum RouteKind {
    /** Aanbestedingswet 2012: suppliers from countries that are not a party to the WTO GPA may be excluded. */
    AW2012_NON_GPA,
    /** Aanbestedingswet op defensie- en veiligheidsgebied: suppliers from any country outside the EU may be excluded. */
    ADV_NON_EU,
    /** Neither applies: no origin-based ground was found; the case needs legal review. */
    NONE_FOUND
}
