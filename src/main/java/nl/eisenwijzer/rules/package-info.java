/**
 * The rule base: compiles every DRL file under {@code rules/} once with the Drools executable model, maps
 * compile errors back to file and line, hands out a fresh session per request, and
 * gathers a fired session's facts by type for the stage that reads them.
 */
package nl.eisenwijzer.rules;
