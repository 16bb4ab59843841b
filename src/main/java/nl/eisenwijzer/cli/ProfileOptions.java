package nl.eisenwijzer.cli;

import java.nio.file.Path;
import nl.eisenwijzer.Eisenwijzer;
import nl.eisenwijzer.catalog.Language;
import nl.eisenwijzer.input.Format;
import nl.eisenwijzer.input.WireEnum;
import nl.eisenwijzer.profile.ProcurementProfile;
import picocli.CommandLine.Option;

/** {@code --profile FILE} and {@code --lang}: what every command about one purchase reads first. */
final class ProfileOptions {

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "Procurement profile, YAML or JSON (.json).")
    Path profile;

    @Option(names = "--lang", defaultValue = "nl", description = "nl or en (default: ${DEFAULT-VALUE}).")
    String lang;

    Language language() {
        return WireEnum.parse(Language.class, "--lang", lang);
    }

    /** Read before the engine loads, so a missing file is reported without waiting for the rules to compile. */
    String content() {
        return Output.read(profile, "--profile");
    }

    ProcurementProfile parse(Eisenwijzer engine, String content) {
        return engine.readProfile(content, Format.ofFileName(profile.toString()));
    }

    /** The profile with the control measures of {@code --measures} added (errors name {@code --measures}). */
    ProcurementProfile parse(Eisenwijzer engine, String content, java.util.List<String> measures) {
        ProcurementProfile parsed = parse(engine, content);
        if (measures.isEmpty()) {
            return parsed;
        }
        try {
            return engine.profileReader().normalise(parsed.withControlMeasures(measures));
        } catch (nl.eisenwijzer.input.InvalidInputException e) {
            throw new nl.eisenwijzer.input.InvalidInputException("--measures", "--measures: " + e.getMessage(), e.allowedValues());
        }
    }
}
