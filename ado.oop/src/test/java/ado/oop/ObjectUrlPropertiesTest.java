package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code xByUrl(x.webUrl())} is {@code x} for names with spaces, non-ASCII letters, percent signs and URL
 * delimiters, on a cloud organisation (no request is sent: the service's host does not exist).
 */
class ObjectUrlPropertiesTest {

    private static final AzureDevOpsService SERVICE = AzureDevOpsService.of(AdoClient.builder()
            .organization("fabrikam").credentials(Credentials.pat("not-used")).environment(n -> null).build());

    @Provide
    Arbitrary<String> names() {
        // Ω stands for an emoji (a surrogate pair) so that generated strings never split one
        return Arbitraries.strings().withChars("aZ09 -.~%+&?#=ÄöüßéŁ日本€Ω").withCharRange('a', 'e')
                .ofMinLength(1).ofMaxLength(24)
                .filter(s -> !s.isBlank() && !s.startsWith("_") && s.equals(s.strip()))
                .map(s -> s.replace("Ω", "\uD83D\uDE00"));
    }

    @Property(tries = 200)
    void webUrl_resolvesToTheSameObjects(@ForAll("names") String project, @ForAll("names") String repo,
                                         @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int id) {
        Project p = SERVICE.organization().project(project);
        Repository r = p.repository(repo);
        PullRequest pr = r.pullRequest(id);
        WorkItem wi = p.workItem(id);
        Build b = p.build(id);

        assertThat(SERVICE.pullRequestByUrl(pr.webUrl().toString())).isSameAs(pr);
        assertThat(SERVICE.repositoryByUrl(r.webUrl().toString())).isSameAs(r);
        assertThat(SERVICE.workItemByUrl(wi.webUrl().toString())).isSameAs(wi);
        assertThat(SERVICE.buildByUrl(b.webUrl().toString())).isSameAs(b);
    }

    @Property(tries = 100)
    void webUrl_unencodedAsABrowserShowsIt_resolvesToTheSameObject(@ForAll("names") String project,
                                                                   @ForAll("names") String repo) {
        PullRequest pr = SERVICE.organization().project(project).repository(repo).pullRequest(3);
        // what a user copies from an address bar that shows the names decoded; the delimiters stay encoded
        String shown = "https://dev.azure.com/fabrikam/" + shown(project) + "/_git/" + shown(repo) + "/pullrequest/3";

        assertThat(SERVICE.pullRequestByUrl(shown)).isSameAs(pr);
        assertThat(SERVICE.pullRequestByUrl(shown.replace("https://dev.azure.com/fabrikam/",
                "https://FABRIKAM.visualstudio.com/DefaultCollection/"))).isSameAs(pr);
    }

    /** Decodes what a URL may hold literally; keeps {@code % / ? # &} and {@code +} encoded. */
    private static String shown(String name) {
        String encoded = ObjectUrls.escape(name);
        String decoded = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        var sb = new StringBuilder();
        decoded.codePoints().forEach(cp -> {
            if ("%/?#&+=".indexOf(cp) >= 0) {
                sb.append(ObjectUrls.escape(new String(Character.toChars(cp))));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
