package ado.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the log records of one logger and its children at every level while open: the logger's level is set to
 * {@code ALL} and restored on {@link #close()}, a handler on it collects the records.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.of("ado.core")) {
 *     ...
 *     assertThat(log.records()).isNotEmpty();
 * }
 * }</pre>
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());

    private LogCapture(Logger logger) {
        this.logger = logger;
        this.previous = logger.getLevel();
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** {@return a capture of {@code name} and its children, open until closed} */
    public static LogCapture of(String name) {
        return new LogCapture(Logger.getLogger(name));
    }

    /** {@return a copy of the records so far, in order} */
    public List<LogRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /** {@return the messages so far (unformatted), in order} */
    public List<String> messages() {
        return records().stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
