package ado.emulator.internal.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One log of a run: numbered from 1 within the run; lines are appended by the engine or the task plane. */
public final class LogFile {

    final int id;
    final String path;
    final Instant createdOn;
    Instant lastChangedOn;
    final List<String> lines = new ArrayList<>();

    LogFile(int id, String path, Instant createdOn) {
        this.id = id;
        this.path = path;
        this.createdOn = createdOn;
        this.lastChangedOn = createdOn;
    }

    /** {@return the log id} */
    public int id() {
        return id;
    }

    /** {@return the path the task plane gave it, or null} */
    public String path() {
        return path;
    }

    /** {@return when it was created} */
    public Instant createdOn() {
        return createdOn;
    }

    /** {@return when it last changed} */
    public Instant lastChangedOn() {
        return lastChangedOn;
    }

    /** {@return a copy of its lines} */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    void append(Instant when, List<String> text) {
        lines.addAll(text);
        lastChangedOn = when;
    }
}
