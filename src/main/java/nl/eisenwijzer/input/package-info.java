/**
 * Reading what users and files give us: strict YAML/JSON into records, and errors that name the field,
 * the line and the allowed values.
 */
package nl.eisenwijzer.input;
