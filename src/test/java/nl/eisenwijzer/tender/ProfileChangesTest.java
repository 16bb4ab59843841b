package nl.eisenwijzer.tender;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "what" of a tender's history: changed, added and removed fields of the tender file, in its own terms. */
class ProfileChangesTest {

    private static final String BEFORE = """
            title: Leerprogramma
            organisationType: gemeente
            productTypes: [saas, awareness-training]
            personalData: none
            classification: {confidentiality: medium, integrity: medium}
            tailoring:
              exclude:
                - {id: AVG-28, justification: Apart gesloten.}
            """;

    private static final String AFTER = """
            title: Leerprogramma
            organisationType: gemeente
            productTypes: [saas]
            personalData: regular
            classification: {confidentiality: high, integrity: medium}
            internetFacing: true
            supplierAccess: [remote-maintenance, on-site]
            """;

    @Test
    void changedAddedAndRemovedFieldsEachGetAnEntryInTheOrderOfTheFile() {
        assertThat(ProfileChanges.between(BEFORE, AFTER)).containsExactly(
                // A list of plain values reads as one value, not one entry per position.
                "productTypes: saas, awareness-training → saas",
                "personalData: none → regular",
                "classification.confidentiality: medium → high",
                "tailoring.exclude[0].id: − AVG-28",
                "tailoring.exclude[0].justification: − Apart gesloten.",
                "internetFacing: + true",
                "supplierAccess: + remote-maintenance, on-site");
    }

    @Test
    void aListOfMappingsIsComparedEntryByEntry() {
        String one = "tailoring:\n  exclude:\n    - {id: AVG-28, justification: Apart.}\n";
        String two = one + "    - {id: EW-TRAIN-04, justification: Niet nodig.}\n";
        assertThat(ProfileChanges.between(one, two)).containsExactly(
                "tailoring.exclude[1].id: + EW-TRAIN-04",
                "tailoring.exclude[1].justification: + Niet nodig.");
    }

    @Test
    void theSameFileWrittenDifferentlyHasNoChanges() {
        String flow = "title: T\nproductTypes: [saas, cloud-hosting]\nclassification: {confidentiality: low}\n";
        String block = "# a comment\ntitle: 'T'\nproductTypes:\n  - saas\n  - cloud-hosting\nclassification:\n  confidentiality: low\n";
        assertThat(ProfileChanges.between(flow, block)).isEmpty();
        assertThat(ProfileChanges.summary(flow, block, "no change")).isEqualTo("no change");
    }

    @Test
    void theSummaryIsOneLineAndAFirstVersionIsAllAdditions() {
        assertThat(ProfileChanges.summary(BEFORE, AFTER, "no change")).isEqualTo(String.join("; ",
                ProfileChanges.between(BEFORE, AFTER)));
        assertThat(ProfileChanges.between(null, "title: T\nproductTypes: [saas]\n"))
                .containsExactly("title: + T", "productTypes: + saas");
        assertThat(ProfileChanges.between("title: T\n", "")).containsExactly("title: − T");
    }
}
