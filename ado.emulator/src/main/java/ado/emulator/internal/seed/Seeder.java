package ado.emulator.internal.seed;

import ado.emulator.internal.git.Change;
import ado.emulator.internal.git.Commit;
import ado.emulator.internal.git.ObjectId;
import ado.emulator.internal.git.PushRecord;
import ado.emulator.internal.git.PushRequest;
import ado.emulator.internal.git.Pusher;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.git.Repository;
import ado.emulator.internal.git.Signature;
import ado.emulator.internal.git.Tag;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.User;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The sample organisation: users Ada, Grace and Alan; projects {@value #GIT_PROJECT} (with a "Quality assurance"
 * team) and {@value #WEB_PROJECT}; repository {@value #GIT_PROJECT} with three commits on {@code main}, a branch
 * {@code feature/login}, a lightweight tag {@code v1.0} and an annotated tag {@code v1.1}; an empty repository
 * {@value #EMPTY_REPO}; and repository {@value #WEB_REPO} with one commit. Dates are fixed, so commit ids are the
 * same in every run.
 */
public final class Seeder {

    public static final String GIT_PROJECT = "Fabrikam-Fiber-Git";
    public static final String WEB_PROJECT = "Contoso-Web";
    public static final String EMPTY_REPO = "AnotherRepository";
    public static final String WEB_REPO = "contoso-web";

    private Seeder() {
    }

    /** Fills {@code org} and {@code repos}. */
    public static void seed(OrgStore org, RepoStore repos, Pusher pusher) {
        User ada = org.me();
        User grace = org.addUser("Grace Hopper", "grace@fabrikam.example");
        User alan = org.addUser("Alan Turing", "alan@fabrikam.example");
        Instant created = Instant.parse("2024-01-01T09:00:00Z");
        Project git = org.createProject(GIT_PROJECT, "Git projects", created);
        Project web = org.createProject(WEB_PROJECT, "The Contoso web site", created);
        org.createTeam(git, "Quality assurance", "Testing staff", List.of(grace.id(), alan.id(), ada.id()));

        Repository main = repos.create(org.idFor("repository", GIT_PROJECT + "/" + GIT_PROJECT), GIT_PROJECT,
                git.id());
        Commit c1 = push(pusher, main, "refs/heads/main", ObjectId.ZERO, ada, "2024-01-01T10:00:00Z",
                "Initial commit", List.of(
                        add("/README.md", "# Fabrikam Fiber\n"),
                        add("/src/app/Main.java", "class Main {\n}\n"),
                        add("/docs/guide.md", "# Guide\n")));
        Commit c2 = push(pusher, main, "refs/heads/main", c1.id(), grace, "2024-01-02T10:00:00Z",
                "Add string helpers", List.of(
                        new Change.Edit("/README.md", bytes("# Fabrikam Fiber\n\nA sample.\n")),
                        add("/src/app/util/Strings.java", "final class Strings {\n}\n")));
        Commit c3 = push(pusher, main, "refs/heads/main", c2.id(), ada, "2024-01-03T10:00:00Z",
                "Print a greeting", List.of(new Change.Edit("/src/app/Main.java",
                        bytes("class Main {\n    public static void main(String[] a) {\n"
                                + "        System.out.println(\"hello\");\n    }\n}\n"))));
        push(pusher, main, "refs/heads/feature/login", c2.id(), alan, "2024-01-04T10:00:00Z",
                "Add a login page", List.of(add("/src/app/Login.java", "final class Login {\n}\n")));
        main.locked(() -> {
            main.setRef("refs/tags/v1.0", c2.id(), ada.id());
            Tag tag = new Tag(c3.id(), "commit", "v1.1", sig(ada, "2024-01-05T10:00:00Z"), "Release 1.1\n");
            main.objects().put(tag);
            main.setRef("refs/tags/v1.1", tag.id(), ada.id());
            return null;
        });
        repos.create(org.idFor("repository", GIT_PROJECT + "/" + EMPTY_REPO), EMPTY_REPO, git.id());
        Repository site = repos.create(org.idFor("repository", WEB_PROJECT + "/" + WEB_REPO), WEB_REPO, web.id());
        push(pusher, site, "refs/heads/main", ObjectId.ZERO, grace, "2024-02-01T10:00:00Z", "Add the home page",
                List.of(add("/index.html", "<html><body>Contoso</body></html>\n")));
    }

    private static Commit push(Pusher pusher, Repository repo, String ref, ObjectId old, User who, String when,
                               String message, List<Change> changes) {
        Signature s = sig(who, when);
        PushRecord record = pusher.push(repo, new PushRequest(List.of(new PushRequest.RefUpdate(ref, old)),
                List.of(new PushRequest.NewCommit(message, null, s, s, changes))), who.id(), s);
        return record.commits().get(0);
    }

    private static Signature sig(User who, String when) {
        return Signature.utc(who.displayName(), who.uniqueName(), Instant.parse(when));
    }

    private static Change add(String path, String text) {
        return new Change.Add(path, bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
