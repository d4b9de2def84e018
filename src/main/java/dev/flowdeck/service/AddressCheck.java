package dev.flowdeck.service;

import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.net.ProbeResult;

/** One resolved address: what it is (ENI, public, …) and whether it answered. */
public record AddressCheck(String address, PathVerdict path, ProbeResult probe) {
}
