package io.tuopin.e2e;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;

/** Collects the lines of a server-sent event stream. */
record LineCollector(BlockingQueue<String> lines) implements Flow.Subscriber<String> {
    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        lines.add(line);
    }

    @Override
    public void onError(Throwable throwable) {
        lines.add("error: " + throwable);
    }

    @Override
    public void onComplete() {
        lines.add("complete");
    }
}
