package dev.flowdeck.app;

import dev.flowdeck.net.CallLog;
import dev.flowdeck.ui.common.Messages;
import java.util.concurrent.CompletableFuture;

/**
 * What {@code main} prepared before the toolkit started: the services are being built on another
 * thread while JavaFX starts and the window is made (for the wall: each of its connections).
 */
public record LaunchContext(Options options, Messages text, CallLog callLog, AppComposition composition,
                            CompletableFuture<AppServices> services, Milestones milestones,
                            CompletableFuture<java.util.List<WallSource>> wallSources) {
}
