/**
 * JUnit 5 support: {@link ado.emulator.junit.AdoEmulatorExtension} starts one emulator per test class and injects
 * it and an {@code AdoClient}. Needs {@code org.junit.jupiter.api} at run time (an optional dependency of this
 * module).
 */
package ado.emulator.junit;
