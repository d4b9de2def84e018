package dev.flowdeck.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list whose edits can be grouped: {@link #batch} makes many sets, removals and
 * additions one change event, so a refresh of thousands of rows costs the table one update, not
 * one per row.
 */
public final class BatchList<E> extends ModifiableObservableListBase<E> {
    private final List<E> items = new ArrayList<>();

    /** Runs {@code edits} (which edit this list) as a single change. */
    public void batch(Runnable edits) {
        beginChange();
        try {
            edits.run();
        } finally {
            endChange();
        }
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    protected void doAdd(int index, E element) {
        items.add(index, element);
    }

    @Override
    protected E doSet(int index, E element) {
        return items.set(index, element);
    }

    @Override
    protected E doRemove(int index) {
        return items.remove(index);
    }
}
