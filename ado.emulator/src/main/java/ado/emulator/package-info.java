/**
 * An in-memory Azure DevOps organisation for tests, demos and benchmarks: {@link ado.emulator.AdoEmulator} (with
 * its builder), fault injection ({@link ado.emulator.Faults}, {@link ado.emulator.Fault}), request recording
 * ({@link ado.emulator.RequestLog}, {@link ado.emulator.RecordedRequest}) and Git set-up
 * ({@link ado.emulator.EmulatorGit}).
 */
package ado.emulator;
