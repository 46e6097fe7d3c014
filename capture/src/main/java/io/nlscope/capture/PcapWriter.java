package io.nlscope.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Writes a classic pcap file, little-endian, with nanosecond timestamps (or, when asked, microsecond ones: the
 * format every reader knows; times are then cut to the microsecond).
 *
 * <p>Output is buffered; nothing is guaranteed to reach the stream before {@link #flush()} or {@link #close()}.
 * Data longer than a positive snaplen is cut to the snaplen, as a capturing tool would, while the original
 * length still records the full size; any data, and a frame too, is cut to the 262144 bytes that readers
 * accept (snaplen 0 means that, as in tcpdump's {@code -s 0}).
 */
public final class PcapWriter implements Closeable {
    private static final int MAGIC_NANOS = 0xa1b23c4d;
    private static final int MAGIC_MICROS = 0xa1b2c3d4;
    private static final long NANOS = 1_000_000_000L;

    private final OutBuffer out;
    private final int snaplen;
    private final int fractionNanos;

    public PcapWriter(OutputStream out, int linkType, int snaplen) throws IOException {
        this(out, linkType, snaplen, true);
    }

    /** @param nanos nanosecond timestamps (magic a1b23c4d), else microsecond ones (a1b2c3d4) */
    public PcapWriter(OutputStream out, int linkType, int snaplen, boolean nanos) throws IOException {
        if (snaplen < 0) {
            throw new IllegalArgumentException("snaplen must not be negative: " + snaplen);
        }
        this.out = new OutBuffer(Objects.requireNonNull(out, "out"));
        this.snaplen = snaplen;
        this.fractionNanos = nanos ? 1 : 1000;
        ByteBuffer b = this.out.room(24);
        b.putInt(nanos ? MAGIC_NANOS : MAGIC_MICROS);
        b.putShort((short) 2).putShort((short) 4);
        b.putInt(0); // thiszone: timestamps are UTC
        b.putInt(0); // sigfigs: always 0 in practice
        b.putInt(snaplen);
        b.putInt(linkType);
    }

    /**
     * A frame as it was read (its time, bytes and original length), without copying its bytes, and whole: the
     * snaplen cuts only the data of the other methods.
     */
    public void write(Frame f) throws IOException {
        byte[] b = f.bytes();
        record(f.timestampNanos(), b, 0, Math.min(b.length, AbstractReader.MAX_FRAME), Math.max(f.originalLength(), b.length));
    }

    public void write(long timestampNanos, byte[] data, int off, int len) throws IOException {
        write(timestampNanos, data, off, len, len);
    }

    /** @param originalLength length on the wire, at least {@code len} */
    public void write(long timestampNanos, byte[] data, int off, int len, int originalLength) throws IOException {
        if (originalLength < len) {
            throw new IllegalArgumentException("original length " + originalLength + " < captured length " + len);
        }
        record(timestampNanos, data, off, Math.min(len, snaplen > 0 ? Math.min(snaplen, AbstractReader.MAX_FRAME) : AbstractReader.MAX_FRAME),
                originalLength);
    }

    /** The latest time a pcap record holds: its seconds are an unsigned 32-bit number (2106-02-07). */
    static final long LATEST = 0xFFFFFFFFL * NANOS + NANOS - 1;

    /** One record of {@code caplen} bytes (at most {@link AbstractReader#MAX_FRAME}) from {@code off}, as given. */
    void record(long timestampNanos, byte[] data, int off, int caplen, int originalLength) throws IOException {
        Objects.checkFromIndexSize(off, caplen, data.length);
        if (timestampNanos < 0 || timestampNanos > LATEST) {
            throw new IllegalArgumentException("timestamp not representable in pcap: " + timestampNanos);
        }
        ByteBuffer b = out.room(16);
        b.putInt((int) (timestampNanos / NANOS));
        b.putInt((int) (timestampNanos % NANOS / fractionNanos));
        b.putInt(caplen);
        b.putInt(originalLength);
        out.bytes(data, off, caplen);
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
