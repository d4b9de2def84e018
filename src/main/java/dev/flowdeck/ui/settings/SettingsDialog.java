package dev.flowdeck.ui.settings;

import dev.flowdeck.settings.SettingsFile;
import dev.flowdeck.ui.common.Messages;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Refresh and signal-health settings. Spinners only (no free text), so no value can be typed that
 * the file would have to reject; the cost of the health interval is shown as it changes.
 */
public final class SettingsDialog extends Dialog<SettingsFile> {

    public SettingsDialog(SettingsViewModel model, Messages text) {
        setTitle(text.get("settings.title"));
        setHeaderText(text.get("settings.header"));
        getDialogPane().setId("settingsDialog");
        getDialogPane().getStylesheets().addAll(dev.flowdeck.ui.common.Styles.desktop());
        ButtonType save = new ButtonType(text.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label(text.get("settings.refreshSeconds")), ints("refreshSeconds", model.refreshSecondsProperty(), 5, 3600, 5));
        grid.addRow(row++, new Label(text.get("settings.healthSeconds")), ints("healthSeconds", model.healthSecondsProperty(), 30, 3600, 30));
        grid.addRow(row++, new Label(text.get("settings.noInputMinutes")), ints("noInputMinutes", model.noInputMinutesProperty(), 1, 15, 1));
        grid.addRow(row++, new Label(text.get("settings.windowMinutes")), ints("windowMinutes", model.windowMinutesProperty(), 1, 15, 1));
        grid.addRow(row++, new Label(text.get("settings.lossPercent")), doubles("lossPercent", model.lossPercentProperty(), 0.1, 100, 0.1));
        grid.addRow(row++, new Label(text.get("settings.notRecovered")), doubles("notRecovered", model.notRecoveredProperty(), 1, 1e6, 1));
        grid.addRow(row++, new Label(text.get("settings.priorityOneErrors")), doubles("tr101Errors", model.tr101ErrorsProperty(), 1, 1e6, 1));
        grid.addRow(row++, new Label(text.get("settings.language")), language(model, text));
        grid.addRow(row++, new Label(text.get("settings.wallRefreshSeconds")), ints("wallRefreshSeconds", model.wallRefreshSecondsProperty(), 5, 600, 5));
        grid.addRow(row++, new Label(text.get("settings.wallRecentMinutes")), ints("wallRecentMinutes", model.wallRecentMinutesProperty(), 1, 120, 1));
        grid.addRow(row, new Label(text.get("settings.wallPageSeconds")), ints("wallPageSeconds", model.wallPageSecondsProperty(), 3, 120, 1));

        Label cost = new Label();
        cost.setId("settingsCost");
        cost.setWrapText(true);
        cost.setMaxWidth(520);
        cost.textProperty().bind(model.costText());
        getDialogPane().setContent(new VBox(12, grid, cost));
        setResultConverter(button -> button == save ? model.result() : null);
    }

    private static javafx.scene.control.ComboBox<String> language(SettingsViewModel model, Messages text) {
        var box = new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                dev.flowdeck.settings.SettingsFile.LANGUAGES));
        box.setId("language");
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : text.get(switch (code) {
                    case "en" -> "language.en";
                    case "ja" -> "language.ja";
                    default -> "language.system";
                });
            }

            @Override
            public String fromString(String label) {
                return null;
            }
        });
        box.setValue(model.languageProperty().get());
        box.valueProperty().subscribe(v -> model.languageProperty().set(v));
        return box;
    }

    private static Spinner<Integer> ints(String id, IntegerProperty value, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step));
        spinner.setId(id);
        spinner.valueProperty().subscribe(v -> value.set(v));
        return spinner;
    }

    private static Spinner<Double> doubles(String id, DoubleProperty value, double min, double max, double step) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value.get(), step));
        spinner.setId(id);
        spinner.valueProperty().subscribe(v -> value.set(v));
        return spinner;
    }
}
