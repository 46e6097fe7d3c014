package io.nlscope.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Little-endian write buffer shared by the writers; large payloads bypass it rather than forcing a resize. */
final class OutBuffer implements Closeable {
    private static final int CAPACITY = 1 << 20;

    private final OutputStream out;
    private final ByteBuffer buf = ByteBuffer.allocate(CAPACITY).order(ByteOrder.LITTLE_ENDIAN);
    private boolean closed;

    OutBuffer(OutputStream out) {
        this.out = out;
    }

    /** Guarantees room for {@code n <= CAPACITY} more bytes, flushing if needed, and returns the buffer to put them in. */
    ByteBuffer room(int n) throws IOException {
        if (closed) {
            throw new IOException("writer is closed");
        }
        if (buf.remaining() < n) {
            drain();
        }
        return buf;
    }

    void bytes(byte[] data, int off, int len) throws IOException {
        if (len <= CAPACITY / 2) {
            room(len).put(data, off, len);
        } else {
            drain();
            out.write(data, off, len);
        }
    }

    private void drain() throws IOException {
        if (buf.position() > 0) {
            out.write(buf.array(), 0, buf.position());
            buf.clear();
        }
    }

    void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
            out.close();
        }
    }
}
