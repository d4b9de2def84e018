package dev.flowdeck.domain;

/** One output of a flow. */
public record OutputInfo(String name, String arn, String protocol, String destination, Integer port,
                         String mediaLiveInputArn, String description, String status, boolean encrypted) {
}
