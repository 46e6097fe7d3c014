package io.nlscope.output.html;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The decoded text of messages whose event has not come yet, on disk: a temporary file the texts are appended to,
 * and in memory only where each message's text is (8 bytes a message, by message number). Messages are put in the
 * order of their numbers and let go from the oldest ({@link #dropBefore}), as pairing's ordered events pass them;
 * when none is held the file starts again from its beginning, so that it stays as large as what is waiting, at most
 * {@code maxBytes} (past that a text is not kept).
 */
final class Held implements Closeable {
    private static final int LENGTH_BITS = 24;   // a text is at most 16 MiB; its offset has the other 40 bits (1 TiB)

    private final Path path;
    private final FileChannel file;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];   // what is appended and not yet in the file
    private int buffered;
    private long written;                              // bytes in the file; the buffer's bytes come after them
    private long first = 1;                            // the number of places[head]
    private long[] places = new long[1024];            // a ring: offset << LENGTH_BITS | length, or -1 for none
    private int head, count;

    Held(long maxBytes) throws IOException {
        this.maxBytes = maxBytes;
        path = Files.createTempFile("nlscope-report-held", ".txt");
        path.toFile().deleteOnExit();
        file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** The text of message {@code number} (numbers come in order, each once). */
    void put(long number, byte[] text, int offset, int length) throws IOException {
        if (count == 0) first = number;
        while (first + count < number) add(-1);    // a message with no text (not rendered)
        long at = written + buffered;
        if (at + length > maxBytes || length >= 1 << LENGTH_BITS) {
            add(-1);
            return;
        }
        if (buffered + length > buffer.length) flush();
        if (length > buffer.length) {   // larger than the buffer: straight to the file
            append(ByteBuffer.wrap(text, offset, length));
        } else {
            System.arraycopy(text, offset, buffer, buffered, length);
            buffered += length;
        }
        add(at << LENGTH_BITS | length);
    }

    /** The text of message {@code number}, or null when it is not held (let go, never put, or past the limit). */
    byte[] get(long number) throws IOException {
        if (number < first || number >= first + count) return null;
        long p = places[(int) ((head + (number - first)) % places.length)];
        if (p < 0) return null;
        long at = p >>> LENGTH_BITS;
        int length = (int) (p & ((1 << LENGTH_BITS) - 1));
        if (at + length > written) flush();
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) if (file.read(b, at + b.position()) < 0) throw new IOException("held text cut short");
        return b.array();
    }

    /** Lets go of every message numbered below {@code number}. */
    void dropBefore(long number) throws IOException {
        while (count > 0 && first < number) {
            head = (head + 1) % places.length;
            count--;
            first++;
        }
        if (count == 0 && written + buffered > 0) {   // nothing waits: the file starts again
            buffered = 0;
            written = 0;
            file.truncate(0);
        }
    }

    private void add(long place) {
        if (count == places.length) {
            long[] bigger = new long[places.length * 2];
            for (int i = 0; i < count; i++) bigger[i] = places[(head + i) % places.length];
            places = bigger;
            head = 0;
        }
        places[(head + count++) % places.length] = place;
    }

    private void flush() throws IOException {
        append(ByteBuffer.wrap(buffer, 0, buffered));
        buffered = 0;
    }

    /** Writes {@code b} at the file's end. */
    private void append(ByteBuffer b) throws IOException {
        int n = b.remaining();
        while (b.hasRemaining()) file.write(b, written + n - b.remaining());
        written += n;
    }

    @Override public void close() throws IOException {
        try {
            file.close();
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
