package ado.emulator.internal.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Object ids checked against the ids real git (2.x) computed for the same objects. */
class GitObjectsTest {

    private static final Signature ADA = Signature.utc("Ada Lovelace", "ada@example.com",
            Instant.ofEpochSecond(1_700_000_000L));

    @Test
    void blob_empty_hasGitsId() {
        assertThat(new Blob(new byte[0]).id().hex()).isEqualTo("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    }

    @Test
    void blob_text_hasGitsId() {
        assertThat(blob("hello\n").id().hex()).isEqualTo("ce013625030ba8dba906f756967f9e9ca394464a");
    }

    @Test
    void tree_empty_hasGitsId() {
        assertThat(Tree.EMPTY.id().hex()).isEqualTo("4b825dc642cb6eb9a060e54bf8d69288fbee4904");
    }

    @Test
    void tree_withFolder_sortsAsGitAndHasGitsId() {
        Tree tree = sampleTree();

        assertThat(tree.entries()).extracting(TreeEntry::name).containsExactly("a-b", "a.txt", "a");
        assertThat(tree.id().hex()).isEqualTo("470d447467426a3b2e30753fc2621490c66a38ed");
    }

    @Test
    void tree_duplicateNames_rejected() {
        var e = new TreeEntry(TreeEntry.FILE, "x", blob("x\n").id());

        assertThatThrownBy(() -> new Tree(List.of(e, e))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x");
    }

    @Test
    void commit_root_hasGitsId() {
        Commit c = new Commit(sampleTree().id(), List.of(), ADA, ADA, "First commit\n");

        assertThat(c.id().hex()).isEqualTo("6d31d865a87fae247957b4a5c10a46b85ca4f62b");
    }

    @Test
    void commit_withParentAndZones_hasGitsId() {
        Commit first = new Commit(sampleTree().id(), List.of(), ADA, ADA, "First commit\n");
        var grace = new Signature("Grace Hopper", "grace@example.com", Instant.ofEpochSecond(1_700_003_600L),
                ZoneOffset.ofHoursMinutes(1, 30));
        var ada = new Signature("Ada Lovelace", "ada@example.com", Instant.ofEpochSecond(1_700_007_200L),
                ZoneOffset.ofHours(-5));

        Commit second = new Commit(sampleTree().id(), List.of(first.id()), grace, ada, "Second\n");

        assertThat(second.id().hex()).isEqualTo("8fb2a79de767cb6900e3c655ac77b2426c06b949");
    }

    @Test
    void tag_annotated_hasGitsId() {
        Commit first = new Commit(sampleTree().id(), List.of(), ADA, ADA, "First commit\n");

        Tag tag = new Tag(first.id(), "commit", "v1", ADA, "Release 1\n");

        assertThat(tag.id().hex()).isEqualTo("e486ffdad991034f5157b790661b1857f1086e72");
    }

    @Test
    void objectId_upperCase_parsedToLowerCase() {
        assertThat(ObjectId.parseOrNull("E69DE29BB2D1D6434B8B29AE775AD8C2E48C5391"))
                .isEqualTo(new ObjectId("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"));
    }

    @Test
    void objectId_short_isNotAnId() {
        assertThat(ObjectId.parseOrNull("e69de29")).isNull();
        assertThatThrownBy(() -> new ObjectId("xyz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xyz");
    }

    @Test
    void signature_withAngleBracket_rejected() {
        assertThatThrownBy(() -> Signature.utc("a<b", "e", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a<b");
    }

    static Tree sampleTree() {
        Tree a = new Tree(List.of(new TreeEntry(TreeEntry.FILE, "c.txt", blob("z\n").id())));
        return new Tree(List.of(
                new TreeEntry(TreeEntry.FOLDER, "a", a.id()),
                new TreeEntry(TreeEntry.FILE, "a.txt", blob("x\n").id()),
                new TreeEntry(TreeEntry.FILE, "a-b", blob("y\n").id())));
    }

    static Blob blob(String text) {
        return new Blob(text.getBytes(StandardCharsets.UTF_8));
    }
}
