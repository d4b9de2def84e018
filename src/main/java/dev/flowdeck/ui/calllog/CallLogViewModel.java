package dev.flowdeck.ui.calllog;

import dev.flowdeck.domain.CallRecord;
import dev.flowdeck.domain.PathVerdict;
import dev.flowdeck.net.CallLog;
import dev.flowdeck.net.CallLogExport;
import dev.flowdeck.ui.common.TaskRunner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The call log as the UI shows it (newest first, bounded) and the status bar's path badge. */
public final class CallLogViewModel {
    static final int SHOWN = 500;

    private final CallLog log;
    private final ObservableList<CallRecord> records = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("—");
    private final ReadOnlyObjectWrapper<PathVerdict.Kind> badgeKind = new ReadOnlyObjectWrapper<>(PathVerdict.Kind.NONE);

    public CallLogViewModel(CallLog log, TaskRunner tasks) {
        this.log = log;
        log.subscribe(record -> tasks.onUiThread(() -> add(record)));
        // Calls made before this view existed (the start-up prefetch) are shown too, each once.
        List<CallRecord> earlier = log.snapshot();
        tasks.onUiThread(() -> earlier.stream().filter(r -> records.stream().noneMatch(x -> x.id() == r.id()))
                .sorted(java.util.Comparator.comparingLong(CallRecord::id)).forEach(this::add));
    }

    private void add(CallRecord record) {
        records.add(0, record);
        if (records.size() > SHOWN) {
            records.remove(SHOWN, records.size());
        }
        String where = record.connectedTo();
        badge.set(where == null ? record.operation() + " · no connection · " + record.error()
                : record.operation() + " → " + where + " · " + record.path().label() + " · " + record.latencyMs() + " ms");
        badgeKind.set(record.path().kind());
    }

    /** Writes the whole bounded log as JSON lines (no credentials, signatures or tokens in it). */
    public void export(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CallLogExport.writeJsonLines(log.snapshot(), out);
        }
    }

    public ObservableList<CallRecord> records() {
        return records;
    }

    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PathVerdict.Kind> badgeKindProperty() {
        return badgeKind.getReadOnlyProperty();
    }
}
