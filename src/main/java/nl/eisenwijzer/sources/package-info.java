/**
 * Where catalogue and rule files come from: directories given on the command line or in the Spring
 * properties, the working directory, or the copy bundled in the jar. Owns {@link nl.eisenwijzer.sources.SourceSet}
 * and the start-up error type that carries file and line.
 */
package nl.eisenwijzer.sources;
