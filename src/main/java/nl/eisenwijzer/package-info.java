/** Eisenwijzer: the engine facade ({@link nl.eisenwijzer.Eisenwijzer}) over catalogue, rules and reports. */
package nl.eisenwijzer;
