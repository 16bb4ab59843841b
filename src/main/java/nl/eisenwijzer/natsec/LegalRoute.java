package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;

/** Derived: the legal route for a party's origin, stated with its condition; information, not legal advice. */
public record LegalRoute(String entity, RouteKind route, String rule, Text condition) {
}
