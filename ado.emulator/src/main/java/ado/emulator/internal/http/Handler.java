package ado.emulator.internal.http;

/** Serves one route. */
@FunctionalInterface
public interface Handler {

    /** {@return the reply to {@code call}}; may throw {@link AdoError} */
    Reply handle(Call call);
}
