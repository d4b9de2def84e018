package dev.flowdeck.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one place work crosses threads: {@code work} runs in the background, its result or failure
 * comes back on the UI thread. Tests use a synchronous twin.
 */
public interface TaskRunner {

    <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (listeners called from background threads use this). */
    void onUiThread(Runnable action);
}
