package ado.oop;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.model.git.GitCommitSearchCriteria;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of {@link ScaleTest}, run in its own small-heap JVM: streams every commit of a repository through
 * the object layer and prints {@code commits=N identities=M}, M being the identity map's size after a GC.
 */
final class ScaleClient {

    private ScaleClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = args[0];
        String pat = args[1];
        String project = args[2];
        String repository = args[3];
        var service = AzureDevOpsService.of(AdoClient.builder().organization(url).credentials(Credentials.pat(pat))
                .build());
        Repository repo = service.organization().project(project).repository(repository);
        var count = new AtomicLong();
        var maxIdentities = new AtomicLong();
        repo.commits(GitCommitSearchCriteria.ALL, 1000).forEach(c -> {
            if (count.incrementAndGet() % 10_000 == 0) {
                maxIdentities.accumulateAndGet(service.identities().size(), Math::max);
            }
        });
        int size = Integer.MAX_VALUE;
        for (int i = 0; i < 50 && size > 100; i++) {
            System.gc();
            Thread.sleep(20);
            size = service.identities().size();
        }
        System.out.println("commits=" + count.get() + " identities=" + size + " maxDuring=" + maxIdentities.get());
    }
}
