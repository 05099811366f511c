package io.promisekeeper.jira.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TicketWorkQueueTest {

    @Test
    void runsWorkOffTheCallersThread() throws InterruptedException {
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 10)) {
            CountDownLatch done = new CountDownLatch(1);
            String[] thread = new String[1];
            assertThat(queue.submit(() -> {
                thread[0] = Thread.currentThread().getName();
                done.countDown();
            })).isTrue();
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(thread[0]).startsWith("promise-keeper-work-").isNotEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void whenFullItRejectsAndCountsInsteadOfQueueingWithoutLimitOrThrowing() throws InterruptedException {
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 2)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            AtomicInteger ran = new AtomicInteger();
            queue.submit(() -> {
                started.countDown();
                await(release);
                ran.incrementAndGet();
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(queue.submit(ran::incrementAndGet)).isTrue();
            assertThat(queue.submit(ran::incrementAndGet)).isTrue();
            assertThat(queue.submit(ran::incrementAndGet)).as("third waiting task exceeds capacity 2").isFalse();
            assertThat(queue.submit(ran::incrementAndGet)).isFalse();
            assertThat(queue.rejectedCount()).isEqualTo(2);
            assertThat(queue.queued()).isEqualTo(2);
            release.countDown();
        }
    }

    @Test
    void aFailingTaskDoesNotKillTheWorker() throws InterruptedException {
        try (TicketWorkQueue queue = new TicketWorkQueue(1, 10)) {
            CountDownLatch after = new CountDownLatch(1);
            queue.submit(() -> {
                throw new IllegalStateException("boom");
            });
            queue.submit(after::countDown);
            assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void afterCloseSubmitsAreRefusedQuietly() {
        TicketWorkQueue queue = new TicketWorkQueue(1, 10);
        queue.close();
        assertThat(queue.submit(() -> { })).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
