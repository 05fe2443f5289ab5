package ado.emulator.internal.http;

import java.util.List;
import java.util.Map;

/** Receives every request the emulator sees, for assertions. */
@FunctionalInterface
public interface Recorder {

    /** Records one request; {@code headers} never contain credentials. */
    void record(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body);
}
