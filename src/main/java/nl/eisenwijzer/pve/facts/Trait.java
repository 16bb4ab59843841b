package nl.eisenwijzer.pve.facts;

import nl.eisenwijzer.catalog.Text;

/**
 * A fact about the purchase, derived by a rule in {@code rules/traits/}. A trait may be derived more than
 * once, each time with its own reason (e.g. OT from the profile and from an OT product type).
 *
 * @param because a clause saying which profile fact made it so, e.g. "personal data are processed (personalData: regular)"
 */
public record Trait(String id, String rule, Text because) {
}
