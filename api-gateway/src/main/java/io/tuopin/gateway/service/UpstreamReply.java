package io.tuopin.gateway.service;

import java.nio.charset.StandardCharsets;

/** What an upstream answered, read completely: status, content type and the body's exact bytes. */
public record UpstreamReply(int status, String contentType, byte[] body) {

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
