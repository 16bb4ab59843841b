package nl.eisenwijzer.catalog;

import java.util.List;

/**
 * A framework the catalogue draws requirements from (NIS2, BIO2, IEC 62443-3-3, ...). The order of
 * {@code frameworks.yaml} is the organisation's choice of which framework leads a line that several answer.
 *
 * @param subject what its requirements are about unless a requirement says otherwise (offer, execution,
 *     bidder); execution when not given
 * @param groups the groups its requirements may be tagged with (BIO2: basishygiene, ketenhygiene,
 *     overheidsrisico; ABRO: the TBB levels), empty when it has none
 * @param note what a reader of the catalogue should know about how it was taken in (e.g. a source table
 *     that was not available), both languages; optional
 */
public record Framework(String id, Text name, String version, String publisher, String url, String licence,
        Subject subject, List<String> groups, Text note) {

    public Framework {
        groups = groups == null ? List.of() : List.copyOf(groups);
        subject = subject == null ? Subject.EXECUTION : subject;
    }
}
