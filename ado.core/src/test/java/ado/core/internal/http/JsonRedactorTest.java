package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRedactorTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "token", "accessToken", "privateKey", "clientSecret", "apiKey",
            "refreshToken", "client_secret", "signature"})
    void secretNamedMember_valueMasked(String name) {
        assertThat(JsonRedactor.redact("{\"id\":7,\"" + name + "\":\"s3cr3t-value\",\"next\":1}"))
                .isEqualTo("{\"id\":7,\"" + name + "\":\"***\",\"next\":1}");
    }

    @Test
    void secretNamedMember_objectArrayAndNumberMasked_literalsKept() {
        assertThat(JsonRedactor.redact("{\"authorization\":{\"scheme\":\"UsernamePassword\",\"parameters\":"
                + "{\"password\":\"p\"}},\"keys\":1,\"token\":[\"a\",\"b\"],\"pin\":1,\"password\":12345678,"
                + "\"accessToken\":null,\"hasToken\":true}"))
                .isEqualTo("{\"authorization\":\"***\",\"keys\":1,\"token\":\"***\",\"pin\":1,\"password\":\"***\","
                        + "\"accessToken\":null,\"hasToken\":true}");
    }

    @Test
    void variables_valueMaskedOnlyWhenIsSecret_inEitherOrder() {
        String json = "{\"variables\":{\"a\":{\"value\":\"open\",\"isSecret\":false},"
                + "\"b\":{\"value\":\"hidden1\",\"isSecret\":true},\"c\":{\"isSecret\":true,\"value\":\"hidden2\"},"
                + "\"d\":{\"value\":\"plain\"}}}";

        assertThat(JsonRedactor.redact(json)).isEqualTo("{\"variables\":{\"a\":{\"value\":\"open\",\"isSecret\":false},"
                + "\"b\":{\"value\":\"***\",\"isSecret\":true},\"c\":{\"isSecret\":true,\"value\":\"***\"},"
                + "\"d\":{\"value\":\"plain\"}}}");
    }

    @Test
    void listEnvelope_valueArrayKept_nestedSecretsMasked() {
        assertThat(JsonRedactor.redact("{\"count\":2,\"value\":[{\"name\":\"x\",\"token\":\"t1\"},{\"name\":\"y\"}]}"))
                .isEqualTo("{\"count\":2,\"value\":[{\"name\":\"x\",\"token\":\"***\"},{\"name\":\"y\"}]}");
    }

    @Test
    void truncatedText_secretCutMidValueMasked_valueOfUnclosedObjectMasked() {
        assertThat(JsonRedactor.redact("{\"name\":\"a\",\"password\":\"abc"))
                .isEqualTo("{\"name\":\"a\",\"password\":\"***\"");
        assertThat(JsonRedactor.redact("{\"variables\":{\"b\":{\"value\":\"maybe-secret\",\"isSe"))
                .isEqualTo("{\"variables\":{\"b\":{\"value\":\"***\",\"isSe");
        assertThat(JsonRedactor.redact("{\"count\":9,\"value\":[{\"id\":1},{\"id\":2"))
                .isEqualTo("{\"count\":9,\"value\":[{\"id\":1},{\"id\":2");
    }

    @Test
    void typeKeyContinuationTokenAndEscapedQuotes_kept() {
        String json = "{\"typeKey\":\"ProjectDoesNotExistException\",\"continuationToken\":\"abc\","
                + "\"message\":\"say \\\"token\\\": x\",\"key\":\"k\"}";

        assertThat(JsonRedactor.redact(json)).isEqualTo("{\"typeKey\":\"ProjectDoesNotExistException\","
                + "\"continuationToken\":\"abc\",\"message\":\"say \\\"token\\\": x\",\"key\":\"***\"}");
    }

    @Test
    void notJson_leftAsItIs() {
        assertThat(JsonRedactor.redact("<html>password: x</html>")).isEqualTo("<html>password: x</html>");
        assertThat(JsonRedactor.redact("{oops \"password\":\"x\"}")).isEqualTo("{oops \"password\":\"x\"}");
        assertThat(JsonRedactor.redact("")).isEmpty();
    }
}
