package nl.eisenwijzer.documents;

import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.gap.GapReport;
import nl.eisenwijzer.natsec.NatsecReport;
import nl.eisenwijzer.pve.Pve;

/**
 * The reports as print-ready XHTML: self-contained (style sheet embedded), well-formed XML so {@link Pdf} can
 * render it, A4 with a running header and a footer that carries the fingerprint, catalogue version and page
 * numbers. Each document is in the language of its report and holds at least what the Markdown holds.
 */
public final class ReportHtml {

    private final Catalog catalog;

    /** @param catalog for the PvE's domain, product-type and evidence labels */
    public ReportHtml(Catalog catalog) {
        this.catalog = catalog;
    }

    public String gap(GapReport report) {
        return GapHtml.render(report);
    }

    public String natsec(NatsecReport report) {
        return NatsecHtml.render(report);
    }

    public String pve(Pve pve) {
        return PveHtml.render(catalog, pve);
    }
}
