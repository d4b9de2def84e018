package dev.flowdeck.domain;

import java.util.List;

/** What source monitoring says the source carries: one line per program/stream, and the service's messages. */
public record SourceMetadata(List<String> streams, List<String> messages, String timestamp) {
}
