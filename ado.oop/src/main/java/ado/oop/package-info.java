/** The object layer of ado4j (not written yet: see the emulator issue). */
package ado.oop;
