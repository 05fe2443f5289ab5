package ado.model.wit;

import java.util.Objects;
import java.util.UUID;

/**
 * An uploaded work item attachment; link it to a work item with an {@code AttachedFile} relation to {@link #url()}.
 *
 * @param id  the attachment id
 * @param url the attachment's URL
 */
public record AttachmentReference(UUID id, String url) {

    /**
     * Checks that both are present.
     *
     * @param id  the attachment id
     * @param url the attachment's URL
     * @throws NullPointerException if {@code id} or {@code url} is null
     */
    public AttachmentReference {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(url, "url == null");
    }
}
