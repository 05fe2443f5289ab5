package ado.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SharedRecordsTest {

    private static final UUID ID = UUID.fromString("d6245f20-2af8-44f4-9451-8107cb2767db");

    @Test
    void referenceLink_nullHref_throwsNamingHref() {
        assertThatThrownBy(() -> new ReferenceLink(null))
                .isInstanceOf(NullPointerException.class).hasMessage("href == null");
    }

    @Test
    void identityRef_allAbsent_hasEmptyLinks() {
        var ref = new IdentityRef(null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(ref.links()).isEmpty();
    }

    @Test
    void identityRef_of_setsOnlyId() {
        assertThat(IdentityRef.of(ID).id()).isEqualTo(ID);
        assertThat(IdentityRef.of(ID).displayName()).isNull();
    }

    @Test
    void identityRef_links_areCopiedInOrderAndImmutable() {
        var links = new LinkedHashMap<String, ReferenceLink>();
        links.put("self", new ReferenceLink("s"));
        links.put("avatar", new ReferenceLink("a"));
        var ref = new IdentityRef(ID, null, null, null, null, null, links, null, null, null, null, null, null);
        links.clear();

        assertThat(ref.links().keySet()).containsExactly("self", "avatar");
        assertThatThrownBy(() -> ref.links().put("x", new ReferenceLink("x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void identityRef_nullLinkValue_throwsNamingKey() {
        var links = new HashMap<String, ReferenceLink>();
        links.put("avatar", null);

        assertThatThrownBy(() -> new IdentityRef(ID, null, null, null, null, null, links, null, null, null, null,
                null, null)).isInstanceOf(NullPointerException.class).hasMessage("links['avatar'] == null");
    }

    @Test
    void teamProjectReference_nullId_throwsNamingId() {
        assertThatThrownBy(() -> new TeamProjectReference(null, "p", null, null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("id == null");
    }

    @Test
    void teamProjectReference_nullName_throwsNamingName() {
        assertThatThrownBy(() -> new TeamProjectReference(ID, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("name == null");
    }

    @Test
    void envelope_nullValue_isEmpty() {
        assertThat(new Envelope<String>(0, null).value()).isEmpty();
    }

    @Test
    void envelope_nullElement_throwsNamingIndex() {
        assertThatThrownBy(() -> new Envelope<>(2, Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("value[1] == null");
    }

    @Test
    void envelope_value_isCopied() {
        var list = new ArrayList<>(java.util.List.of("a"));
        var envelope = new Envelope<>(1, list);
        list.add("b");

        assertThat(envelope.value()).containsExactly("a");
    }

    @Test
    void identityRef_equalComponents_areEqual() {
        assertThat(IdentityRef.of(ID)).isEqualTo(new IdentityRef(ID, null, null, null, null, null, Map.of(), null,
                null, null, null, null, null));
    }
}
