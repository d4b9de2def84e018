package dev.flowdeck.domain;

/** What an address is known to be before any EC2 inventory: e.g. the demo's "public endpoint". */
public record AddressRole(PathVerdict.Kind kind, String label) {
}
