package ado.emulator.internal.wire;

import ado.emulator.internal.http.Call;
import java.util.List;

/** Offset paging ({@code $top}/{@code $skip}) as ADO applies it. */
public record Pages(int top, int skip) {

    /** {@return the {@code $top}/{@code $skip} of {@code call} (or the given parameter names), with a default top} */
    public static Pages of(Call call, int defaultTop, String topName, String skipName) {
        int top = call.intQuery(defaultTop, topName);
        return new Pages(top == 0 ? defaultTop : top, call.intQuery(0, skipName));
    }

    /** {@return the page of {@code all}} */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(skip, all.size());
        int to = (int) Math.min((long) from + top, all.size());
        return all.subList(from, to);
    }

    /** {@return whether items remain after this page of {@code total}} */
    public boolean more(int total) {
        return (long) skip + top < total;
    }
}
