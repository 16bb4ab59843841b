package nl.eisenwijzer.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.eisenwijzer.catalog.Country;
import nl.eisenwijzer.catalog.Text;

/**
 * A country of the catalogue: its ISO 3166-1 alpha-2 code, its name, and the two facts the national-security test
 * reads (EU membership; party to the WTO Government Procurement Agreement, the EU counting for its member states).
 * The organisation's own assessments of a country (questions 1 and 2) are left out: they are its judgement, for
 * its own reports, not something a client needs to choose a code.
 */
@JsonPropertyOrder({"code", "name", "euMember", "gpaParty"})
@Schema(requiredProperties = {"code", "name", "euMember", "gpaParty"})
record CountryItem(String code, Text name, boolean euMember, boolean gpaParty) {

    static CountryItem of(Country country) {
        // The catalogue refuses to load a country without either fact, so neither is null here.
        return new CountryItem(country.code(), country.name(), country.euMember(), country.gpaParty());
    }
}
