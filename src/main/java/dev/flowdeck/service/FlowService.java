package dev.flowdeck.service;

import dev.flowdeck.domain.FlowDetail;
import dev.flowdeck.domain.FlowSummary;
import dev.flowdeck.domain.GrantedEntitlement;
import dev.flowdeck.domain.SourceMetadata;
import dev.flowdeck.domain.Thumbnail;
import java.util.List;

/** Reading and operating MediaConnect flows. Blocking calls: run them off the UI thread. */
public interface FlowService extends FlowReader {

    /** Source monitoring's view of the source (programs, PIDs, codecs): meaningful only while ACTIVE. */
    SourceMetadata sourceMetadata(String flowArn);

    /** The source's latest thumbnail: only while ACTIVE with thumbnails enabled. */
    Thumbnail thumbnail(String flowArn);

    /** Entitlements other accounts granted to this one. */
    List<GrantedEntitlement> grantedEntitlements();

    /** Asks the service to start the flow; returns the status it answered (STARTING). */
    String startFlow(String flowArn);

    /** Asks the service to stop the flow; returns the status it answered (STOPPING). */
    String stopFlow(String flowArn);
}
