package dev.flowdeck.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** A read-only text column: the one kind every table in FlowDeck is made of. */
public final class Columns {
    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> {
            String v = value.apply(cell.getValue());
            return new ReadOnlyStringWrapper(v == null ? "—" : v);
        });
        c.setPrefWidth(width);
        return c;
    }
}
