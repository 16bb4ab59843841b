/**
 * The Programma van Eisen: the facts the selection rules derive (traits, applies, excluded, obligation),
 * running a session for one profile, and laying the conclusions out as the PvE with its fingerprint.
 */
package nl.eisenwijzer.pve;
