package ado.emulator.internal.http;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET {org}/_apis/resourceAreas[/{areaId}]}: each REST area's id, name and {@code locationUrl}, the host a
 * client must send that area's calls to (the vssps, vsaex and almsearch listeners for theirs, the organisation for
 * the rest). Area ids are those of Microsoft's generated clients: azure-devops-node-api 15.1.1 ({@code
 * RESOURCE_AREA_ID} and {@code WebApi.get*Api}), azure-devops-python-api 7.1 for graph, member entitlement
 * management and search, which the node package lacks, azure-devops-extension-api 5.276.0 (npm, {@code
 * ServiceEndpointClient.RESOURCE_AREA_ID}) for serviceendpoint, and the azd Java SDK 5.0.6 (Maven Central, {@code
 * org.azd.common.ResourceId.PIPELINES}) for pipelines. Service hooks and notification are left out: no published
 * client names their area id (the node client's {@code WebApi} asks with an empty one and uses the organisation).
 */
public final class ResourceAreas {

    /** The host names of the listeners, as keys of {@link #listener}. */
    public static final String ORG = "org";
    public static final String VSSPS = "vssps";
    public static final String VSAEX = "vsaex";
    public static final String ALMSEARCH = "almsearch";

    private record Area(String id, String name, String host) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("79134c72-4a58-4b42-976c-04e7115f32bf", "core", ORG),
            new Area("4e080c62-fa21-4fbc-8fef-2a10a2b38049", "git", ORG),
            new Area("5264459e-e5e0-4bd8-b118-0985e68a4ec5", "wit", ORG),
            new Area("1d4f49f9-02b9-4e26-b826-2cdb6195f2a9", "work", ORG),
            new Area("965220d5-5bb9-42cf-8d67-9b146df2a5a4", "build", ORG),
            new Area("a85b8835-c1a1-4aac-ae97-1c3d0ba72dbd", "distributedtask", ORG),
            new Area("fb13a388-40dd-4a04-b530-013a739c72ef", "policy", ORG),
            new Area("bf7d82a0-8aa5-4613-94ef-6172a5ea01f3", "wiki", ORG),
            new Area("31c84e0a-3ece-48fd-a29d-100849af99ba", "dashboard", ORG),
            new Area("8ccfef3d-2b87-4e99-8ccb-66e343d2daa8", "profile", ORG),
            new Area("2e0bf237-8973-4ec9-a581-9c3d679d1776", "pipelines", ORG),
            new Area("1814ab31-2f4f-4a9f-8761-f4d77dc5a5d7", "serviceendpoint", ORG),
            new Area("bb1e7ec9-e901-4b68-999a-de7012b920f8", "graph", VSSPS),
            new Area("68ddce18-2501-45f1-a17b-7931a9922690", "memberEntitlementManagement", VSAEX),
            new Area("ea48a0a1-269c-42d8-b8ad-ddc8fcdcf578", "search", ALMSEARCH));

    private final Map<String, URI> listeners = new ConcurrentHashMap<>();
    private final Map<String, URI> publicUrls = new ConcurrentHashMap<>();

    /**
     * Records the URL of {@code host}'s listener ({@link #ORG}, {@link #VSSPS}, ...) once it is bound, and the
     * public URL clients reach it by ({@code null}: none, the caller's scheme and host with the listener's port).
     */
    public void listener(String host, URI url, URI publicUrl) {
        listeners.put(Objects.requireNonNull(host, "host == null"), Objects.requireNonNull(url, "url == null"));
        if (publicUrl != null) {
            publicUrls.put(host, publicUrl);
        }
    }

    /** Adds {@code GET _apis/resourceAreas} and {@code GET _apis/resourceAreas/{areaId}} to {@code router}. */
    public void register(Router router) {
        router.add("GET", "_apis/resourceAreas", c -> {
            List<JsonValue> value = AREAS.stream().map(a -> (JsonValue) json(a, c)).toList();
            return Reply.json(JsonObject.builder().put("count", value.size())
                    .put("value", new JsonArray(value)).build());
        });
        router.add("GET", "_apis/resourceAreas/{areaId}", c -> {
            String wanted = c.var("areaId").toLowerCase(Locale.ROOT);
            return AREAS.stream().filter(a -> a.id().equals(wanted) || a.name().equalsIgnoreCase(wanted))
                    .findFirst().map(a -> Reply.json(json(a, c)))
                    .orElseThrow(() -> new AdoError(404, "ResourceAreaNotFoundException", "WebApi",
                            "No resource area with id or name " + c.var("areaId") + "."));
        });
    }

    private JsonObject json(Area area, Call call) {
        return JsonObject.builder().put("id", area.id()).put("name", area.name())
                .put("locationUrl", locationUrl(area.host(), call.base()) + "/").build();
    }

    /**
     * {@return the listener's public URL, else its URL as the caller sees hosts: the caller's scheme and host name,
     * the listener's port}
     */
    private String locationUrl(String host, URI callerBase) {
        URI publicUrl = publicUrls.get(host);
        if (publicUrl != null) {
            return publicUrl.toString();
        }
        URI listener = listeners.get(host);
        if (listener == null || host.equals(ORG)) {
            return callerBase.toString();
        }
        try {
            return new URI(callerBase.getScheme(), null, callerBase.getHost(), listener.getPort(),
                    listener.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
