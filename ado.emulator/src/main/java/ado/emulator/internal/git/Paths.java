package ado.emulator.internal.git;

import ado.emulator.internal.http.AdoError;

/** Repository paths: ADO writes {@code /folder/file}; the store keeps {@code folder/file} ("" for the root). */
public final class Paths {

    private Paths() {
    }

    /** {@return {@code path} without leading, trailing or doubled slashes; 400 for "." or ".." segments} */
    public static String normalise(String path) {
        if (path == null) {
            throw AdoError.missingArgument("path");
        }
        var out = new StringBuilder();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw AdoError.badRequest("The path '" + path + "' is not valid.");
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment);
        }
        return out.toString();
    }

    /** {@return the ADO form of a stored path: {@code /} + path} */
    public static String display(String stored) {
        return "/" + stored;
    }
}
