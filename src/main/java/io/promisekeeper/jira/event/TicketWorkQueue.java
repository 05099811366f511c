package io.promisekeeper.jira.event;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A bounded executor for work that must never run on, or throw into, Jira's own threads. */
public final class TicketWorkQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TicketWorkQueue.class);

    private final ThreadPoolExecutor executor;
    private final AtomicLong rejected = new AtomicLong();

    public TicketWorkQueue(int threads, int capacity) {
        if (threads < 1 || capacity < 1) {
            throw new IllegalArgumentException("threads and capacity must be positive");
        }
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(capacity), new NamedDaemonThreads(), this::reject);
        executor.allowCoreThreadTimeOut(true);
    }

    /** Queues the work, or drops it with a log line when the queue is full; never throws into the caller. */
    public boolean submit(Runnable work) {
        if (executor.isShutdown()) {
            return false;
        }
        long before = rejected.get();
        executor.execute(() -> runGuarded(work));
        return rejected.get() == before;
    }

    public long rejectedCount() {
        return rejected.get();
    }

    public int queued() {
        return executor.getQueue().size();
    }

    public int capacity() {
        return executor.getQueue().size() + executor.getQueue().remainingCapacity();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void reject(Runnable work, ThreadPoolExecutor full) {
        long count = rejected.incrementAndGet();
        // A warning per rejection would flood the log under a burst; every 100th is enough to be seen.
        if (count == 1 || count % 100 == 0) {
            LOG.warn("Promise Keeper work queue is full ({} queued); {} ticket events dropped so far",
                    full.getQueue().size(), count);
        }
    }

    private static void runGuarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Promise Keeper failed to process a ticket event", e);
        }
    }

    private static final class NamedDaemonThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger(1);

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "promise-keeper-work-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
