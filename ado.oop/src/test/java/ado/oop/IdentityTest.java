package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class IdentityTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
    }

    private static AzureDevOpsService service() {
        return AzureDevOpsService.of(emulator.client());
    }

    @Test
    void project_throughRepository_isSameInstanceAsByName() {
        var org = service().organization();
        Repository repo = org.project(PROJECT).repositories().filter(r -> r.name().equals(PROJECT)).findFirst()
                .orElseThrow();

        assertThat(repo.project()).isSameAs(org.project(PROJECT));
    }

    @Test
    void project_nameInOtherCase_isSameInstance() {
        var org = service().organization();

        assertThat(org.project("fabrikam-fiber-git")).isSameAs(org.project(PROJECT));
    }

    @Test
    void project_fromListing_isSameInstanceAsByNameAndById() {
        var org = service().organization();
        Project byName = org.project(PROJECT);

        Project listed = org.projects().filter(p -> p.name().equals(PROJECT)).findFirst().orElseThrow();

        assertThat(listed).isSameAs(byName);
        assertThat(org.project(listed.id().toString())).isSameAs(byName);
    }

    @Test
    void project_byIdAfterLoad_isSameInstance() {
        var org = service().organization();
        Project p = org.project(PROJECT);

        assertThat(org.project(p.id().toString())).isSameAs(p);
        assertThat(p.info().name()).isEqualTo(PROJECT);
    }

    @Test
    void project_byIdOnceLoaded_isFoundByNameInAnyCase() {
        var org = service().organization();
        java.util.UUID id = org.project(PROJECT).id();
        var other = service().organization();

        Project byId = other.project(id.toString());
        byId.info();

        assertThat(other.project(PROJECT.toUpperCase())).isSameAs(byId);
        assertThat(byId.name()).isEqualTo(PROJECT);
    }

    @Test
    void project_throughTeam_isSameInstance() {
        var org = service().organization();
        Team team = org.project(PROJECT).teams().filter(t -> t.name().equals("Quality assurance")).findFirst()
                .orElseThrow();

        assertThat(team.project()).isSameAs(org.project(PROJECT));
        assertThat(org.project(PROJECT).team("quality ASSURANCE")).isSameAs(team);
    }

    @Test
    void repository_byNameAndFromListing_isSameInstance() {
        Project p = service().organization().project(PROJECT);
        Repository byName = p.repository(PROJECT.toLowerCase());

        assertThat(p.repositories()).contains(byName);
        assertThat(p.repository(byName.id().toString())).isSameAs(byName);
    }

    @Test
    void defaultTeam_isTheProjectTeamWithMembersReadable() {
        Project p = service().organization().project(PROJECT);

        Team team = p.defaultTeam();

        assertThat(team.project()).isSameAs(p);
        assertThat(p.teams()).contains(team);
        assertThat(team.info().name()).isEqualTo(team.name());
    }

    @Test
    void teamMembers_seeded_areThree() {
        Team qa = service().organization().project(PROJECT).team("Quality assurance");

        assertThat(qa.members()).hasSize(3);
    }

    @Test
    void commit_sameId_isSameInstance() {
        Repository repo = service().organization().project(PROJECT).repository(PROJECT);
        Commit head = repo.branch("main").head().orElseThrow();

        assertThat(repo.commit(head.id().toUpperCase())).isSameAs(head);
        assertThat(repo.branch("main").commits().findFirst()).containsSame(head);
    }

    @Test
    void organization_isOnePerService() {
        AzureDevOpsService s = service();

        assertThat(s.organization()).isSameAs(s.organization());
        assertThat(s.organization().connectionData().authenticatedUser().id())
                .isEqualTo(s.organization().profile().id());
    }

    @Test
    void identityMap_concurrentLookups_yieldOneInstance() throws Exception {
        var org = service().organization();
        var pool = Executors.newFixedThreadPool(8);
        var futures = new ArrayList<Future<Project>>();
        for (int i = 0; i < 200; i++) {
            String name = i % 2 == 0 ? PROJECT : PROJECT.toUpperCase();
            futures.add(pool.submit((Callable<Project>) () -> org.project(name)));
        }
        var seen = new ArrayList<Project>();
        for (Future<Project> f : futures) {
            seen.add(f.get(10, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(seen).allSatisfy(p -> assertThat(p).isSameAs(seen.get(0)));
    }

    @Test
    void identityMap_unreferencedObjects_areCollected() throws InterruptedException {
        AzureDevOpsService s = service();
        Project p = s.organization().project(PROJECT);
        Repository repo = p.repository(PROJECT);
        var refs = new ArrayList<WeakReference<Commit>>();
        for (int i = 0; i < 1000; i++) {
            refs.add(new WeakReference<>(repo.commit(String.format("%040x", i))));
        }
        int size = Integer.MAX_VALUE;
        for (int i = 0; i < 100 && (size > 10 || refs.stream().anyMatch(r -> r.get() != null)); i++) {
            System.gc();
            Thread.sleep(20);
            size = s.identities().size();
        }

        assertThat(refs).allSatisfy(r -> assertThat(r.get()).isNull());
        assertThat(size).isLessThanOrEqualTo(10);
        assertThat(p.repository(PROJECT)).isSameAs(repo);
    }

    @Test
    void identityMap_manyDistinctObjects_doNotAccumulate() throws InterruptedException {
        AzureDevOpsService s = service();
        Repository repo = s.organization().project(PROJECT).repository(PROJECT);
        for (int i = 0; i < 20_000; i++) {
            repo.commit(String.format("%040x", i));
        }
        int size = Integer.MAX_VALUE;
        for (int i = 0; i < 50 && size > 100; i++) {
            System.gc();
            Thread.sleep(20);
            size = s.identities().size();
        }

        assertThat(size).isLessThanOrEqualTo(100);
    }

    @Test
    void objects_referencedFromList_stayTheSame() {
        Repository repo = service().organization().project(PROJECT).repository(PROJECT);
        List<Commit> held = repo.branch("main").commits().toList();
        System.gc();

        assertThat(repo.branch("main").commits().toList()).zipSatisfy(held, (a, b) -> assertThat(a).isSameAs(b));
    }
}
