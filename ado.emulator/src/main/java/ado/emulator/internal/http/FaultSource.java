package ado.emulator.internal.http;

/** Where the dispatcher asks for a fault to inject. */
@FunctionalInterface
public interface FaultSource {

    /** {@return the fault for this request (consuming one use of it), or {@code null} for none} */
    FaultAction take(String method, String rawPath, String rawQuery);
}
