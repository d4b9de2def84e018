package dev.flowdeck.service;

import java.util.List;

/**
 * The AWS/MediaConnect metric names FlowDeck reads, spelt as the service publishes them (user guide:
 * "metrics to monitor source health", "… output health", "… media health").
 */
public final class MetricNames {
    public static final String NAMESPACE = "AWS/MediaConnect";
    public static final String SOURCE_BITRATE = "SourceBitRate";
    public static final String SOURCE_CONNECTED = "SourceConnected";
    public static final String SOURCE_LOSS = "SourcePacketLossPercent";
    public static final String SOURCE_NOT_RECOVERED = "SourceNotRecoveredPackets";
    /** TR 101 290 priority 1: continuity count errors and TS sync loss judge health for every flow. */
    public static final String SOURCE_CONTINUITY = "SourceContinuityCounter";
    public static final String SOURCE_TS_SYNC_LOSS = "SourceTSSyncLoss";
    public static final String OUTPUT_CONNECTED = "OutputConnected";
    /** Lower-case r: the output metric is spelt differently from SourceBitRate. */
    public static final String OUTPUT_BITRATE = "OutputBitrate";

    /** Fetched for every running flow on each health refresh (dimension FlowARN). */
    public static final List<String> FLOW_SWEEP = List.of(SOURCE_BITRATE, SOURCE_CONNECTED, SOURCE_LOSS, SOURCE_NOT_RECOVERED,
            SOURCE_CONTINUITY, SOURCE_TS_SYNC_LOSS);
    /** The rest of TR 101 290 priority 1, fetched only for the flow on show. */
    public static final List<String> TR101_DETAIL = List.of("SourceTSByteError", "SourcePATError", "SourcePMTError", "SourcePIDError");
    /** Per output (dimension OutputARN), only for the flow on show. */
    public static final List<String> OUTPUT = List.of(OUTPUT_CONNECTED, OUTPUT_BITRATE);

    private MetricNames() {
    }
}
