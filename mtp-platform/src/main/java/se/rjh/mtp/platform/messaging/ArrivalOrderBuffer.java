package se.rjh.mtp.platform.messaging;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;

/**
 * The Kafka source's buffer between the fetching consumer and the tracking processor: hands the records on in the
 * order the consumer read them, each one, bounded.
 * <p>
 * It replaces Axon's {@code SortedKafkaMessageBuffer}, which loses events in two ways when a source reads more than
 * one topic. It is a sorted set ordered by (record timestamp, partition, offset) without the topic, so a record of
 * another topic at the same partition, offset and millisecond counts as a duplicate and is dropped. And it reorders
 * records across partitions, while each record's token holds the positions of every record read before it: the
 * processor then stores tokens past records it has not handled yet, which a restart skips. In read order, every token
 * covers exactly the records already handed on; per partition (and so per aggregate) the order is Kafka's.
 */
final class ArrivalOrderBuffer<E> implements Buffer<E> {

    /** The same bound as Axon's buffer: the fetcher waits while this many records are not taken. */
    static final int CAPACITY = 1_000;

    private final Deque<E> elements = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    @Override
    public void put(E element) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            doPut(element);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void putAll(Collection<E> batch) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            for (E element : batch) {
                doPut(element);
            }
        } finally {
            lock.unlock();
        }
    }

    private void doPut(E element) throws InterruptedException {
        if (element == null) {
            throw new IllegalArgumentException("A buffered record may not be null");
        }
        while (elements.size() >= CAPACITY) {
            notFull.await();
        }
        elements.addLast(element);
        notEmpty.signal();
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (elements.isEmpty()) {
                throwIfFailed();
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return remove();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public E take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (elements.isEmpty()) {
                throwIfFailed();
                notEmpty.await();
            }
            return remove();
        } finally {
            lock.unlock();
        }
    }

    private E remove() {
        E element = elements.removeFirst();
        notFull.signal();
        return element;
    }

    @Override
    public E peek() {
        lock.lock();
        try {
            if (elements.isEmpty()) {
                throwIfFailed();
            }
            return elements.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return elements.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public int remainingCapacity() {
        return CAPACITY - size();
    }

    @Override
    public void clear() {
        lock.lock();
        try {
            elements.clear();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The fetcher failed: the reader gets the exception once it has taken every record read before it. */
    @Override
    public void setException(RuntimeException exception) {
        failure.set(exception);
        lock.lock();
        try {
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void throwIfFailed() {
        RuntimeException exception = failure.get();
        if (exception != null) {
            throw exception;
        }
    }
}
