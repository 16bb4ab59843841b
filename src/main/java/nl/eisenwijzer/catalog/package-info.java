/**
 * The catalogue: requirements, frameworks, domains, traits, product types and evidence types, the roadmap
 * layout, and the national-security data (countries, risks, control measures) as immutable records, loaded from {@code catalog/} and validated as a whole (file and line on every problem). The
 * records are the facts the rules reason over.
 */
package nl.eisenwijzer.catalog;
