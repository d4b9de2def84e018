package dev.flowdeck.domain;

/** One output of a flow. */
public record OutputInfo(String name, String arn, String protocol, String destination, Integer port,
                         String mediaLiveInputArn, String description, String status, boolean encrypted,
                         java.util.Map<String, String> protocolDetails) {

    /** Latencies, stream id, remote id, listener address… label → value, in order. */
    public OutputInfo {
        protocolDetails = protocolDetails == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(protocolDetails));
    }
}
