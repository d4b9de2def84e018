package dev.flowdeck.domain;

import java.util.List;

/** The source's latest thumbnail (JPEG bytes, null when there is none) with its timecode and the service's messages. */
public record Thumbnail(byte[] jpeg, String timecode, List<String> messages) {
}
