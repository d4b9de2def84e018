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

    /** A value out of range takes the nearest limit; 0 (absent from the file) takes the default. */
    public WallSettings {
        refreshSeconds = within(refreshSeconds, 5, 3600, DEFAULT_REFRESH_SECONDS);
        recentMinutes = within(recentMinutes, 1, 1440, DEFAULT_RECENT_MINUTES);
        pageSeconds = within(pageSeconds, 3, 600, DEFAULT_PAGE_SECONDS);
    }

    private static int within(int value, int min, int max, int fallback) {
        return value == 0 ? fallback : Math.max(min, Math.min(max, value));
    }
}
