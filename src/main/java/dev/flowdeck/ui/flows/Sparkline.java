package dev.flowdeck.ui.flows;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;

/** A small line of the last values of one metric (oldest left), scaled to its own range. */
final class Sparkline extends Pane {
    private static final double WIDTH = 160;
    private static final double HEIGHT = 26;

    Sparkline(List<Double> newestFirst) {
        getStyleClass().add("sparkline");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        if (newestFirst.size() < 2) {
            return;
        }
        double max = newestFirst.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double min = newestFirst.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double range = max - min == 0 ? 1 : max - min;
        Polyline line = new Polyline();
        int n = newestFirst.size();
        for (int i = 0; i < n; i++) {
            double value = newestFirst.get(n - 1 - i);
            line.getPoints().addAll(i * (WIDTH - 2) / (n - 1) + 1, HEIGHT - 2 - (value - min) / range * (HEIGHT - 4));
        }
        line.getStyleClass().add("sparkline-line");
        getChildren().add(line);
    }
}
