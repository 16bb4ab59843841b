/**
 * The REST API (Spring Boot, webmvc): controllers that parse requests and render engine results and the
 * organisation's saved tenders, the problem+json error mapping, request size limits, the catalogue's conditional
 * GETs and paging, and the OpenAPI document.
 * No rule or catalogue logic lives here.
 */
package nl.eisenwijzer.api;
