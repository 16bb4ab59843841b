package nl.eisenwijzer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.catalog.ProductType;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.profile.AiSystem;
import nl.eisenwijzer.profile.CbwEntity;
import nl.eisenwijzer.profile.HostingRegion;
import nl.eisenwijzer.profile.Level;
import nl.eisenwijzer.profile.OrganisationType;
import nl.eisenwijzer.profile.PersonalData;
import nl.eisenwijzer.profile.SupplierAccess;
import nl.eisenwijzer.profile.SuitabilityItem;
import nl.eisenwijzer.profile.TbbLevel;
import org.springframework.util.MultiValueMap;

/**
 * Reads one wizard step's answers from the submitted form into the tender file, and explains in the user's
 * language, next to the field, what cannot be used — including combinations with answers of other steps
 * (OT without a security level, a TBB level without national security). The profile reader checks the whole
 * file again afterwards; this is where the officer gets a sentence instead of a field path.
 */
final class StepForm {

    private final Catalog catalog;
    private final Texts texts;
    private final FormFields form;
    private final ProfileTree tree;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private StepForm(Catalog catalog, Texts texts, MultiValueMap<String, String> form, ProfileTree tree) {
        this.catalog = catalog;
        this.texts = texts;
        this.form = new FormFields(form);
        this.tree = tree;
    }

    /** Applies the step's answers to {@code tree}; the errors by field, empty when all can be used. */
    static Map<String, String> apply(WizardStep step, MultiValueMap<String, String> form, ProfileTree tree,
            Catalog catalog, Texts texts) {
        StepForm reader = new StepForm(catalog, texts, form, tree);
        switch (step) {
            case PURCHASE -> reader.purchase();
            case PRODUCT -> reader.product();
            case DATA -> reader.data();
            case DELIVERY -> reader.delivery();
            case OT -> reader.ot();
            case NATIONAL_SECURITY -> reader.nationalSecurity();
            case PLANNING -> reader.planning();
            case AWARD -> reader.errors.putAll(AwardForm.apply(reader.form, tree, catalog, texts));
        }
        return reader.errors;
    }

    private void purchase() {
        String title = form.text("title");
        if (title == null) {
            errors.put("title", texts.get("error.required.title"));
        } else if (title.length() > StartController.TITLE_LENGTH) {
            errors.put("title", texts.get("error.tooLong", StartController.TITLE_LENGTH));
        }
        tree.setText("title", title);
        tree.setText("organisation", form.text("organisation"));
        choice("organisationType", WireEnum.allowed(OrganisationType.class), true);
        choice("cbwEntity", WireEnum.allowed(CbwEntity.class), false);
    }

    private void product() {
        List<String> chosen = form.texts("productTypes");
        List<String> known = catalog.productTypes().stream().map(ProductType::id).toList();
        if (chosen.isEmpty()) {
            errors.put("productTypes", texts.get("error.required.productTypes"));
        } else if (!known.containsAll(chosen)) {
            errors.put("productTypes", texts.get("error.notAllowed", String.join(", ", known)));
        } else {
            tree.setTexts("productTypes", chosen);
        }
        choice("aiSystem", WireEnum.allowed(AiSystem.class), false);
        for (String tick : List.of("identityFederation", "documentExchange", "electronicSignatures", "wireless")) {
            tree.setTick(tick, form.ticked(tick));
        }
    }

    private void data() {
        choice("personalData", WireEnum.allowed(PersonalData.class), false);
        for (String part : List.of("confidentiality", "integrity", "availability")) {
            choice("classification." + part, WireEnum.allowed(Level.class), false);
        }
    }

    private void delivery() {
        choice("hostingRegion", WireEnum.allowed(HostingRegion.class), false);
        tree.setTick("internetFacing", form.ticked("internetFacing"));
        List<String> access = form.texts("supplierAccess");
        List<String> allowed = WireEnum.allowed(SupplierAccess.class).stream().filter(a -> !a.equals("none")).toList();
        if (!allowed.containsAll(access)) {
            errors.put("supplierAccess", texts.get("error.notAllowed", String.join(", ", allowed)));
        } else {
            tree.setTexts("supplierAccess", access);
        }
    }

    private void ot() {
        boolean ot = form.ticked("operationalTechnology");
        tree.setTick("operationalTechnology", ot);
        tree.setTick("vitalInfrastructure", form.ticked("vitalInfrastructure"));
        String level = form.text("otSecurityLevel");
        List<String> otTypes = tree.texts("productTypes").stream()
                .map(id -> catalog.productTypesById().get(id))
                .filter(type -> type != null && type.traits().contains("ot"))
                .map(type -> type.label().in(texts.language()))
                .toList();
        boolean involvesOt = ot || !otTypes.isEmpty();
        if (involvesOt && level == null) {
            errors.put("otSecurityLevel", otTypes.isEmpty() ? texts.get("error.otSecurityLevel.required")
                    : texts.get("error.otSecurityLevel.requiredByType", String.join(", ", otTypes)));
        } else if (!involvesOt && level != null) {
            errors.put("otSecurityLevel", texts.get("error.otSecurityLevel.onlyForOt"));
        } else if (level != null && !Options.securityLevels().contains(level)) {
            errors.put("otSecurityLevel", texts.get("error.notAllowed", String.join(", ", Options.securityLevels())));
        } else {
            tree.setText("otSecurityLevel", level);
        }
    }

    private void nationalSecurity() {
        boolean national = form.ticked("nationalSecurity");
        tree.setTick("nationalSecurity", national);
        tree.setTick("defenceAndSecurity", form.ticked("defenceAndSecurity"));
        String tbb = form.text("tbbLevel");
        if (tbb != null && !tbb.equals("none") && !national) {
            errors.put("tbbLevel", texts.get("error.tbbLevel.onlyForNationalSecurity"));
        } else {
            choice("tbbLevel", WireEnum.allowed(TbbLevel.class), false);
        }
    }

    private void planning() {
        date("referenceDate");
        date("contractStart");
        Long months = number("contractMonths", 1, 240);
        tree.setNumber("contractMonths", months);
        List<String> ask = form.texts("suitability.ask");
        List<String> allowed = WireEnum.allowed(SuitabilityItem.class);
        if (!allowed.containsAll(ask)) {
            errors.put("suitability.ask", texts.get("error.notAllowed", String.join(", ", allowed)));
            return;
        }
        Long perClaim = number("suitability.insurance.perClaimEur", 1, Long.MAX_VALUE);
        Long perYear = number("suitability.insurance.perYearEur", 1, Long.MAX_VALUE);
        Long within = number("suitability.references.withinYears", 1, 10);
        Long users = number("suitability.references.minUsersPerYear", 1, Integer.MAX_VALUE);
        if ((perClaim != null || perYear != null) && !ask.contains("insurance")) {
            errors.put("suitability.insurance.perClaimEur", texts.get("error.suitability.notAsked"));
        }
        if ((within != null || users != null) && !ask.contains("references")) {
            errors.put("suitability.references.withinYears", texts.get("error.suitability.notAsked"));
        }
        if (perClaim != null && perYear != null && perYear < perClaim) {
            errors.put("suitability.insurance.perYearEur", texts.get("error.suitability.perYearBelowPerClaim"));
        }
        tree.remove("suitability");
        if (!ask.isEmpty()) {
            tree.setTexts("suitability.ask", ask);
            tree.setNumber("suitability.insurance.perClaimEur", perClaim);
            tree.setNumber("suitability.insurance.perYearEur", perYear);
            tree.setNumber("suitability.references.withinYears", within);
            tree.setNumber("suitability.references.minUsersPerYear", users);
        }
    }

    /** A choice from a closed list; left empty, the file leaves it out (the default applies) unless required. */
    private void choice(String field, List<String> allowed, boolean required) {
        String value = form.text(field);
        if (value == null && required) {
            errors.put(field, texts.get("error.required.choice"));
        } else if (value != null && !allowed.contains(value)) {
            errors.put(field, texts.get("error.notAllowed", String.join(", ", allowed)));
        } else {
            tree.setText(field, value);
        }
    }

    private void date(String field) {
        String value = form.text(field);
        try {
            if (value != null) {
                LocalDate date = LocalDate.parse(value);
                if (date.getYear() < 1990 || date.getYear() > 2200) {
                    errors.put(field, texts.get("error.date.range"));
                    return;
                }
            }
            tree.setText(field, value);
        } catch (DateTimeParseException e) {
            errors.put(field, texts.get("error.date"));
        }
    }

    private Long number(String field, long min, long max) {
        String value = form.text(field);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value.replace(".", "").replace(" ", ""));
            if (number < min || number > max) {
                errors.put(field, max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? texts.get("error.number.min", min)
                        : texts.get("error.number.range", min, max));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.put(field, texts.get("error.number"));
            return null;
        }
    }
}
