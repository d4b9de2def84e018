package dev.flowdeck.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The NOC wall: how often it refreshes, how long a status change keeps a flow among the "recently
 * changed", and how long each page shows when the flows do not fit on one screen.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WallSettings(int refreshSeconds, int recentMinutes, int pageSeconds) {
    public static final int DEFAULT_REFRESH_SECONDS = 15;
    public static final int DEFAULT_RECENT_MINUTES = 10;
    public static final int DEFAULT_PAGE_SECONDS = 10;

    public static WallSettings defaults() {
        return new WallSettings(DEFAULT_REFRESH_SECONDS, DEFAULT_RECENT_MINUTES, DEFAULT_PAGE_SECONDS);
    }

    public WallSettings {
        refreshSeconds = refreshSeconds < 5 ? DEFAULT_REFRESH_SECONDS : refreshSeconds;
        recentMinutes = recentMinutes < 1 ? DEFAULT_RECENT_MINUTES : recentMinutes;
        pageSeconds = pageSeconds < 3 ? DEFAULT_PAGE_SECONDS : pageSeconds;
    }
}
