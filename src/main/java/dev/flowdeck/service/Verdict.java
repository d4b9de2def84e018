package dev.flowdeck.service;

import java.util.List;

/** The network panel's answer in plain words: is control traffic private and healthy, and if not, what to do. */
public record Verdict(boolean healthy, String headline, String advice, List<String> evidence) {
}
