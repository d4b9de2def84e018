package dev.flowdeck.domain;

/** One setting FlowDeck will use, and where it came from (a file and section, a variable, a saved connection). */
public record EffectiveValue(String setting, String value, String source) {
}
