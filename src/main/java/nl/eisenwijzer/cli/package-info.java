/**
 * The command line (picocli): {@code pve}, {@code catalog}, {@code test} and {@code serve}. Parses options,
 * calls the engine, writes results (atomically with {@code --out}) and maps errors to exit codes.
 */
package nl.eisenwijzer.cli;
