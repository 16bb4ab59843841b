package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;

/** Derived: the party is listed but not assessed, and why (it gets no relevant access). */
public record NotAssessed(String entity, String rule, Text reason) {
}
