package dev.flowdeck.mock;

import com.fasterxml.jackson.databind.JsonNode;

/** An operation's answer before it goes on the wire. */
record MockResponse(int status, JsonNode body) {
}
