package dev.flowdeck.domain;

import java.util.List;

/** One entitlement granted from a flow to other accounts. */
public record EntitlementInfo(String name, String arn, List<String> subscribers, Integer dataTransferPercent,
                              String status) {
}
