package ado.hello;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A hello-world {@code java.net.http} client: GETs the project list of {@code AZURE_DEVOPS_ORG} with the PAT in
 * {@code AZURE_DEVOPS_EXT_PAT} and prints the status and body size. It is the bar the demo's start-up is measured
 * against, so it does only what any client must: no JSON binding, no error mapping.
 */
public final class Hello {

    private Hello() {
    }

    /** Makes the one request; exits with status 1 unless the answer is 200. */
    public static void main(String[] args) throws Exception {
        String org = System.getenv("AZURE_DEVOPS_ORG");
        String pat = System.getenv("AZURE_DEVOPS_EXT_PAT");
        if (org == null || pat == null) {
            System.out.println("set AZURE_DEVOPS_ORG (a URL) and AZURE_DEVOPS_EXT_PAT");
            System.exit(2);
        }
        String auth = Base64.getEncoder().encodeToString((":" + pat).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(org.replaceAll("/+$", "")
                        + "/_apis/projects?api-version=7.1"))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println("first request: HTTP " + response.statusCode() + ", " + response.body().length() + " chars");
        if (response.statusCode() != 200) {
            System.exit(1);
        }
    }
}
