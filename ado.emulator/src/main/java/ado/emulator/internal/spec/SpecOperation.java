package ado.emulator.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One operation of Microsoft's REST specification: its area, the service host that serves it, method, path template
 * and {@code operationId}. The template's segments follow the organisation (a leading {@code {organization}} is
 * removed and {@link #underOrganization()} says it was there); a variable the specification marks as not required
 * ({@code x-ms-required: false}, such as {@code {project}} or {@code {team}}) is written {@code {name?}} and may be
 * left out of a URL. Operations of the specification's {@code x-ms-paths} share a path with another operation and
 * are told apart by query parameters ({@code items?path={path}} is {@code Items_Get}): {@link #query()} names them.
 */
public record SpecOperation(String area, String host, String method, boolean underOrganization,
                            List<String> template, List<String> query, String operationId) {

    /** Checks the fields; the method is kept in upper case. */
    public SpecOperation {
        Objects.requireNonNull(area, "area == null");
        Objects.requireNonNull(host, "host == null");
        method = method.toUpperCase(Locale.ROOT);
        template = List.copyOf(template);
        query = List.copyOf(query);
        Objects.requireNonNull(operationId, "operationId == null");
    }

    /** {@return the emulator listener serving the host: main, vssps, vsaex, almsearch, or empty when none does} */
    public String listener() {
        return switch (host) {
            case "vssps.dev.azure.com" -> "vssps";
            case "vsaex.dev.azure.com" -> "vsaex";
            case "almsearch.dev.azure.com" -> "almsearch";
            case "dev.azure.com", "{service}dev.azure.com", "app.vssps.visualstudio.com", "vsrm.dev.azure.com" ->
                    "main";
            default -> "";
        };
    }

    /** {@return the path as the specification writes it} */
    public String path() {
        return (underOrganization ? "/{organization}/" : "/")
                + String.join("/", template).replace("?}", "}") + queryPart();
    }

    /** {@return the query that tells this operation apart, {@code ?name={name}&...}, or empty} */
    String queryPart() {
        if (query.isEmpty()) {
            return "";
        }
        var sb = new StringBuilder("?");
        for (String q : query) {
            sb.append(sb.length() > 1 ? "&" : "").append(q).append("={").append(q).append('}');
        }
        return sb.toString();
    }

    /** {@return whether the request's query names every parameter that tells this operation apart} */
    public boolean queryFits(java.util.Set<String> names) {
        return query.stream().allMatch(q -> names.stream().anyMatch(n -> n.equalsIgnoreCase(q)));
    }

    /** {@return every form of the template: with and without each variable that may be left out} */
    public List<List<String>> variants() {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (String s : template) {
            boolean optional = s.endsWith("?}");
            String seg = optional ? s.substring(0, s.length() - 2) + "}" : s;
            List<List<String>> next = new ArrayList<>();
            for (List<String> v : out) {
                if (optional) {
                    next.add(new ArrayList<>(v));
                }
                var with = new ArrayList<>(v);
                with.add(seg);
                next.add(with);
            }
            out = next;
        }
        return out;
    }

    /**
     * {@return how well {@code segments} (below the organisation) fit the template: twice the number of literal
     * segments matched plus the number of prefixed variables ({@code ${type}}) matched, or -1 when they do not fit}
     */
    public int score(List<String> segments) {
        int optional = (int) template.stream().filter(t -> t.endsWith("?}")).count();
        if (segments.size() > template.size() || segments.size() < template.size() - optional) {
            return -1; // cheap test first: this runs for every operation on every request
        }
        int best = -1;
        for (List<String> v : variants()) {
            best = Math.max(best, score(v, segments));
        }
        return best;
    }

    private static int score(List<String> template, List<String> segments) {
        if (template.size() != segments.size()) {
            return -1;
        }
        int literal = 0;
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            String s = segments.get(i);
            int brace = t.indexOf('{');
            if (brace < 0) {
                if (!t.equalsIgnoreCase(s)) {
                    return -1;
                }
                literal += 2;
            } else if (s.equalsIgnoreCase("_apis") || !s.regionMatches(true, 0, t, 0, brace)
                    || s.length() <= brace) {
                return -1;
            } else if (brace > 0) {
                literal++;
            }
        }
        return literal;
    }

    /**
     * {@return whether a route template (below the organisation or the server root) serves this operation}: each
     * segment pair is two equal literals, a route variable against a variable of the specification, or a route
     * literal against a variable of the specification (a route for one value, such as {@code Areas})
     */
    public boolean servedBy(List<String> route) {
        for (List<String> v : variants()) {
            if (unifies(v, route)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unifies(List<String> spec, List<String> route) {
        if (spec.size() != route.size()) {
            return false;
        }
        for (int i = 0; i < spec.size(); i++) {
            String t = spec.get(i);
            String r = route.get(i);
            boolean routeVar = r.startsWith("{");
            int brace = t.indexOf('{');
            if (brace < 0) {
                if (!t.equalsIgnoreCase(r)) {
                    return false;
                }
            } else if (!routeVar && (r.equalsIgnoreCase("_apis") || !r.regionMatches(true, 0, t, 0, brace))) {
                return false;
            }
        }
        return true;
    }
}
