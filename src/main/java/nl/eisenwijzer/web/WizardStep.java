package nl.eisenwijzer.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The wizard's steps, one question group each, in the order an officer thinks about a purchase. Each step
 * owns the tender-file fields it asks, so an error on a field is shown on the step that asks it.
 */
public enum WizardStep {
    PURCHASE(1, "aanbesteding", List.of("title", "organisation", "organisationType", "cbwEntity")),
    PRODUCT(2, "product", List.of("productTypes", "aiSystem", "identityFederation", "documentExchange",
            "electronicSignatures", "wireless")),
    DATA(3, "gegevens", List.of("personalData", "classification")),
    DELIVERY(4, "levering", List.of("hostingRegion", "internetFacing", "supplierAccess")),
    OT(5, "ot", List.of("operationalTechnology", "otSecurityLevel", "vitalInfrastructure")),
    NATIONAL_SECURITY(6, "nationale-veiligheid", List.of("nationalSecurity", "tbbLevel", "defenceAndSecurity")),
    PLANNING(7, "planning", List.of("referenceDate", "contractStart", "contractMonths", "suitability")),
    AWARD(8, "gunning", List.of("award"));

    private final int number;
    private final String slug;
    private final List<String> fields;

    WizardStep(int number, String slug, List<String> fields) {
        this.number = number;
        this.slug = slug;
        this.fields = fields;
    }

    public int number() {
        return number;
    }

    /** The step's key in messages (wizard.step.aanbesteding.title, …). */
    public String slug() {
        return slug;
    }

    public Optional<WizardStep> next() {
        return number == values().length ? Optional.empty() : Optional.of(values()[number]);
    }

    public Optional<WizardStep> previous() {
        return number == 1 ? Optional.empty() : Optional.of(values()[number - 2]);
    }

    static Optional<WizardStep> of(int number) {
        return Arrays.stream(values()).filter(step -> step.number == number).findFirst();
    }

    /**
     * The form field that shows an error on a tender-file field: the award step names its rows by number
     * ({@code award.quality[1].id} is {@code award.quality.1.id}); other steps ask a list as one field.
     */
    static String formField(String field) {
        return field.startsWith(AwardForm.CHOICE + ".") ? field.replaceAll("\\[(\\d+)]", ".$1") : field.replaceAll("\\[\\d+]", "");
    }

    /** The step that asks a field (by its dotted path or list index), or empty for fields no step asks. */
    static Optional<WizardStep> asking(String field) {
        String top = field.split("[.\\[]")[0];
        return Arrays.stream(values()).filter(step -> step.fields.contains(top)).findFirst();
    }
}
