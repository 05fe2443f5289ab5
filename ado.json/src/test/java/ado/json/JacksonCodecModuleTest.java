package ado.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonType;
import ado.core.spi.JsonCodecProvider;
import ado.model.wit.WorkItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** JacksonCodec as a named module: no opens needed, discovered by ServiceLoader, and the caller's mapper kept. */
class JacksonCodecModuleTest {

    private static final String WORK_ITEM = "{\"id\":12,\"rev\":3,\"fields\":{\"System.Title\":\"Epic 2\"},\"relations\":[],"
            + "\"_links\":{\"self\":{\"href\":\"https://dev.azure.com/o/_apis/wit/workItems/12\"}}}";

    @Test
    void codec_runsAsNamedModule() {
        assertThat(JacksonCodec.class.getModule().isNamed()).isTrue();
        assertThat(JacksonCodec.class.getModule().getName()).isEqualTo("ado.json");
    }

    @Test
    void moduleDescriptor_exportsOnlyTheApiAndProvidesTheCodec() {
        var descriptor = JacksonCodec.class.getModule().getDescriptor();

        assertThat(descriptor.exports()).extracting(e -> e.source()).containsExactly("ado.json");
        assertThat(descriptor.opens()).isEmpty();
        assertThat(descriptor.provides()).singleElement()
                .satisfies(p -> assertThat(p.service()).isEqualTo(JsonCodecProvider.class.getName()));
    }

    /** ado.model in its own layer, as a named module that exports but does not open its packages. */
    private static Class<?> workItemFromNamedModule() throws Exception {
        var boot = ModuleLayer.boot();
        if (boot.findModule("ado.model").isPresent()) {
            return WorkItem.class;
        }
        Path location = Path.of(WorkItem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Configuration cf = boot.configuration().resolve(ModuleFinder.of(location), ModuleFinder.of(),
                Set.of("ado.model"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
        return layer.findLoader("ado.model").loadClass(WorkItem.class.getName());
    }

    @Test
    void read_recordOfAnotherNamedModule_needsNoOpens() throws Exception {
        Class<?> type = workItemFromNamedModule();
        Module model = type.getModule();
        assertThat(model.isNamed()).isTrue();
        assertThat(model.isOpen("ado.model.wit", JacksonCodec.class.getModule())).isFalse();

        Object item = JacksonCodec.create().read(WORK_ITEM.getBytes(StandardCharsets.UTF_8), JsonType.of(type));

        assertThat(item.getClass()).isSameAs(type);
        RecordComponent fields = type.getRecordComponents()[2];
        assertThat(fields.getAccessor().invoke(item))
                .isEqualTo(JsonObject.builder().put("System.Title", JsonString.of("Epic 2")).build());
        assertThat(JacksonCodec.create().toTree(item)).isEqualTo(JsonCodec.builtin().read(WORK_ITEM,
                JsonType.of(ado.core.json.JsonValue.class)));
    }

    @Test
    void serviceLoader_findsTheJacksonProvider() {
        JacksonCodecModuleTest.class.getModule().addUses(JsonCodecProvider.class); // tests run inside ado.json

        var providers = ServiceLoader.load(JsonCodecProvider.class).stream().map(ServiceLoader.Provider::get).toList();

        assertThat(providers).singleElement().satisfies(p -> {
            assertThat(p.create()).isInstanceOf(JacksonCodec.class);
            assertThat(p.priority()).isEqualTo(100);
        });
    }

    @Test
    void create_callerMapper_isCopiedNotChanged() {
        var caller = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        int modules = caller.getRegisteredModuleIds().size();

        JacksonCodec codec = JacksonCodec.create(caller);

        assertThat(caller.getRegisteredModuleIds()).hasSize(modules);
        assertThat(caller.getFactory().streamReadConstraints().getMaxNestingDepth()).isNotEqualTo(512);
        assertThat(codec.writeString(new Fixtures.Checked(1))).contains("\n"); // the caller's settings stay
    }

    @Test
    void create_nullMapper_throwsNamingIt() {
        assertThatThrownBy(() -> JacksonCodec.create(null))
                .isInstanceOf(NullPointerException.class).hasMessage("callerMapper == null");
    }

    @Test
    void mapper_isACopy() {
        JacksonCodec codec = JacksonCodec.create();

        codec.mapper().enable(SerializationFeature.INDENT_OUTPUT);

        assertThat(codec.writeString(new Fixtures.Checked(1))).isEqualTo("{\"id\":1}");
    }

    @Test
    void withMaxDepth_lowersTheLimit() {
        JacksonCodec codec = JacksonCodec.create().withMaxDepth(2);

        assertThat(codec.maxDepth()).isEqualTo(2);
        assertThat(codec.read("[[1]]", JsonType.of(Object.class))).isNotNull();
        assertThatThrownBy(() -> codec.read("[[[1]]]", JsonType.of(Object.class)))
                .isInstanceOf(ado.core.error.AdoJsonException.class).hasMessageContaining("2");
    }

    @Test
    void withMaxDepth_belowOne_throwsNamingValue() {
        assertThatThrownBy(() -> JacksonCodec.create().withMaxDepth(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be between 1 and 1000: 0");
    }

    @Test
    void withMaxDepth_aboveCap_throwsNamingValue() {
        assertThatThrownBy(() -> JacksonCodec.create().withMaxDepth(1001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth must be between 1 and 1000: 1001");
    }

    @Test
    void name_isJackson() {
        assertThat(JacksonCodec.create().name()).isEqualTo("jackson");
    }
}
