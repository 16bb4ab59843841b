/**
 * The REST API (Spring Boot, webmvc): controllers that parse requests and render engine results and the
 * organisation's saved tenders, the problem+json error mapping (with a type for every problem), request size
 * limits, the catalogue's conditional GETs and paging, and the OpenAPI document as a contract for generated
 * clients: one operation per resource and document ({@code EngineResource}, {@code DocumentRoute},
 * {@code DocumentOperations}), schemas as strict as the server ({@code ContractRules}), examples from
 * {@code examples/} ({@code ApiExamples}). No rule or catalogue logic lives here.
 */
package nl.eisenwijzer.api;
