/**
 * Who is signed in and for which organisation: the accounts from configuration ({@code eisenwijzer.accounts},
 * passwords as {@code {bcrypt}} hashes), sign-in for the pages (a form, session cookie, CSRF tokens) and
 * for the tender resources of the API (HTTP Basic), and the {@link nl.eisenwijzer.tender.Editor} a
 * controller receives — whose organisation scopes every tender it reads or writes. The engine's own API
 * resources (PvE, gap report, national-security test, catalogue) stay open, as they store nothing.
 */
package nl.eisenwijzer.account;
