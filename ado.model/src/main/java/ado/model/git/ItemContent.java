package ado.model.git;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The new content of a file in a push.
 *
 * @param content     the text, or the base64 of the bytes
 * @param contentType how {@code content} is encoded
 */
public record ItemContent(String content, ItemContentType contentType) {

    /**
     * Checks that both are present.
     *
     * @param content     the text, or the base64 of the bytes
     * @param contentType how {@code content} is encoded
     * @throws NullPointerException if {@code content} or {@code contentType} is null
     */
    public ItemContent {
        Objects.requireNonNull(content, "content == null");
        Objects.requireNonNull(contentType, "contentType == null");
    }

    /**
     * {@return {@code text} sent as it is ({@code rawtext})}
     *
     * @param text the file content
     * @throws NullPointerException if {@code text} is null
     */
    public static ItemContent rawText(String text) {
        return new ItemContent(text, ItemContentType.RAW_TEXT);
    }

    /**
     * {@return {@code bytes} sent as base64 ({@code base64encoded})}
     *
     * @param bytes the file content
     * @throws NullPointerException if {@code bytes} is null
     */
    public static ItemContent base64(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes == null");
        return new ItemContent(Base64.getEncoder().encodeToString(bytes), ItemContentType.BASE64_ENCODED);
    }

    /** {@return the bytes this content stands for} */
    public byte[] bytes() {
        return contentType == ItemContentType.BASE64_ENCODED ? Base64.getMimeDecoder().decode(content)
                : content.getBytes(StandardCharsets.UTF_8);
    }
}
