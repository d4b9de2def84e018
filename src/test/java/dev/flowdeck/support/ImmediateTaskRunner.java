package dev.flowdeck.support;

import dev.flowdeck.ui.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The synchronous twin of the task helper: work and callbacks run on the calling thread. */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
