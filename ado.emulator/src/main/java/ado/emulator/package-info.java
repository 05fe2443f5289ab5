/** The in-memory Azure DevOps emulator (not written yet: see the emulator issue). */
package ado.emulator;
