/**
 * The rule base: compiles every DRL file under {@code rules/} once with the Drools executable model, maps
 * compile errors back to file and line, and hands out a fresh session per request.
 */
package nl.eisenwijzer.rules;
