package dev.flowdeck.ui.settings;

import dev.flowdeck.service.MetricNames;
import dev.flowdeck.settings.HealthSettings;
import dev.flowdeck.settings.SettingsFile;
import dev.flowdeck.ui.common.Messages;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableIntegerValue;

/**
 * The settings dialog's state: flow refresh, health interval and thresholds, and what the chosen
 * interval costs in CloudWatch metric queries an hour for the flows running now.
 */
public final class SettingsViewModel {
    private final SettingsFile original;
    private final IntegerProperty refreshSeconds = new SimpleIntegerProperty();
    private final IntegerProperty healthSeconds = new SimpleIntegerProperty();
    private final DoubleProperty lossPercent = new SimpleDoubleProperty();
    private final DoubleProperty notRecovered = new SimpleDoubleProperty();
    private final DoubleProperty tr101Errors = new SimpleDoubleProperty();
    private final IntegerProperty noInputMinutes = new SimpleIntegerProperty();
    private final IntegerProperty windowMinutes = new SimpleIntegerProperty();
    private final StringBinding cost;
    private final javafx.beans.property.StringProperty language = new javafx.beans.property.SimpleStringProperty();
    private final IntegerProperty wallRefreshSeconds = new SimpleIntegerProperty();
    private final IntegerProperty wallRecentMinutes = new SimpleIntegerProperty();
    private final IntegerProperty wallPageSeconds = new SimpleIntegerProperty();

    public SettingsViewModel(SettingsFile current, ObservableIntegerValue queriesPerRefresh, Messages text) {
        original = current;
        HealthSettings h = current.health();
        refreshSeconds.set(current.refreshSeconds());
        healthSeconds.set(h.intervalSeconds());
        lossPercent.set(h.lossPercent());
        notRecovered.set(h.notRecoveredPackets());
        tr101Errors.set(h.tr101Errors());
        noInputMinutes.set(h.noInputMinutes());
        windowMinutes.set(h.windowMinutes());
        language.set(current.language());
        wallRefreshSeconds.set(current.wall().refreshSeconds());
        wallRecentMinutes.set(current.wall().recentMinutes());
        wallPageSeconds.set(current.wall().pageSeconds());
        NumberFormat numbers = NumberFormat.getIntegerInstance(text.locale());
        cost = Bindings.createStringBinding(() -> {
            int perRefresh = queriesPerRefresh.get();
            long perHour = health().queriesPerHour(perRefresh);
            return text.format("settings.cost", numbers.format(perRefresh / MetricNames.FLOW_SWEEP.size()),
                    String.valueOf(MetricNames.FLOW_SWEEP.size()), numbers.format(perRefresh), String.valueOf(healthSeconds.get()),
                    numbers.format(perHour), numbers.format(perHour * 24 * 30));
        }, queriesPerRefresh, healthSeconds);
    }

    /** The settings to save: everything else in the file (connections, request budget) is kept as it was. */
    public SettingsFile result() {
        return original.withRefresh(refreshSeconds.get(), health()).withLanguage(language.get())
                .withWall(new dev.flowdeck.settings.WallSettings(wallRefreshSeconds.get(), wallRecentMinutes.get(), wallPageSeconds.get()));
    }

    private HealthSettings health() {
        return new HealthSettings(healthSeconds.get(), lossPercent.get(), notRecovered.get(), tr101Errors.get(),
                noInputMinutes.get(), windowMinutes.get());
    }

    public IntegerProperty wallRefreshSecondsProperty() {
        return wallRefreshSeconds;
    }

    public IntegerProperty wallRecentMinutesProperty() {
        return wallRecentMinutes;
    }

    public IntegerProperty wallPageSecondsProperty() {
        return wallPageSeconds;
    }

    /** "system", "en" or "ja"; takes effect at the next start. */
    public javafx.beans.property.StringProperty languageProperty() {
        return language;
    }

    public StringBinding costText() {
        return cost;
    }

    public IntegerProperty refreshSecondsProperty() {
        return refreshSeconds;
    }

    public IntegerProperty healthSecondsProperty() {
        return healthSeconds;
    }

    public DoubleProperty lossPercentProperty() {
        return lossPercent;
    }

    public DoubleProperty notRecoveredProperty() {
        return notRecovered;
    }

    public DoubleProperty tr101ErrorsProperty() {
        return tr101Errors;
    }

    public IntegerProperty noInputMinutesProperty() {
        return noInputMinutes;
    }

    public IntegerProperty windowMinutesProperty() {
        return windowMinutes;
    }
}
