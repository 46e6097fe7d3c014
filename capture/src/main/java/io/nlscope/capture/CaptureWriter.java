package io.nlscope.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes frames as they were read to a new capture ({@code nlscope export}): each frame's time, bytes, original
 * length, and in pcapng its interface, direction and comments, with comments of the caller's after them. The
 * pcapng file gets one section whose header is the given one, and an interface for each one the source declared,
 * with the source's name and snapshot length and nanosecond times. A classic pcap keeps no comments, directions
 * or interfaces: {@link #lostComments()} counts the comments it could not keep, {@link #cutTimes()} the times
 * that lost digits to microseconds.
 */
public final class CaptureWriter implements Closeable {

    /** The formats written: each keeps every time of a file read in it exactly. */
    public enum Format {
        /** Classic pcap with microsecond times: what every tool reads. */
        PCAP("pcap"),
        /** Classic pcap with nanosecond times (magic a1b23c4d). */
        PCAP_NS("pcap-ns"),
        /** pcapng, nanosecond times, comments and directions kept. */
        PCAPNG("pcapng");

        public final String id;

        Format(String id) { this.id = id; }

        /** The format called {@code id} ("pcap", "pcap-ns", "pcapng"), or null. */
        public static Format of(String id) {
            for (Format f : values()) if (f.id.equals(id.toLowerCase(Locale.ROOT))) return f;
            return null;
        }

        /** The format of what {@code r} reads ({@link CaptureReader#format()}). */
        public static Format of(CaptureReader r) {
            Format f = of(r.format());
            return f == null ? PCAPNG : f;
        }
    }

    /** What a classic pcap header announces as snapshot length; frames are never cut to it. */
    private static final int PCAP_SNAPLEN = 262144;

    private final Format format;
    private final PcapWriter pcap;
    private final PcapngWriter pcapng;
    private final CaptureReader source;
    private int interfaces;
    private long lostComments, cutTimes, frames;

    private CaptureWriter(Format format, PcapWriter pcap, PcapngWriter pcapng, CaptureReader source) {
        this.format = format;
        this.pcap = pcap;
        this.pcapng = pcapng;
        this.source = source;
    }

    /**
     * @param section the pcapng section header to write (ignored for pcap)
     * @param source  the reader the frames come from: its interfaces' names and snapshot lengths are kept
     */
    public static CaptureWriter open(OutputStream out, Format format, Section section, CaptureReader source) throws IOException {
        return switch (format) {
            case PCAP, PCAP_NS -> new CaptureWriter(format, new PcapWriter(out, CaptureReader.LINKTYPE_NETLINK, PCAP_SNAPLEN,
                    format == Format.PCAP_NS), null, source);
            case PCAPNG -> new CaptureWriter(format, null, new PcapngWriter(out, section), source);
        };
    }

    public Format format() { return format; }

    /** Writes {@code f} with its own comments, then {@code extra} (each a pcapng opt_comment). */
    public void write(Frame f, List<String> extra) throws IOException {
        frames++;
        byte[] b = f.bytes();
        int original = Math.max(f.originalLength(), b.length);
        if (pcap != null) {
            lostComments += f.comments().size() + extra.size();
            if (format == Format.PCAP && f.timestampNanos() % 1000 != 0) cutTimes++;
            pcap.write(f.timestampNanos(), b, 0, b.length, original);
            return;
        }
        while (interfaces <= f.interfaceId()) {
            int id = interfaces++;
            pcapng.addInterface(f.linkType(), source.snaplen(id), source.interfaceName(id).orElse(null));
        }
        List<String> comments = f.comments();
        if (!extra.isEmpty()) {
            comments = new java.util.ArrayList<>(comments);
            comments.addAll(extra);
        }
        pcapng.write(f.interfaceId(), f, comments);
    }

    /** Frames written. */
    public long frames() { return frames; }

    /** Comments a classic pcap could not keep. */
    public long lostComments() { return lostComments; }

    /** Times that lost their nanoseconds to a microsecond pcap. */
    public long cutTimes() { return cutTimes; }

    public void flush() throws IOException {
        if (pcap != null) pcap.flush();
        else pcapng.flush();
    }

    @Override
    public void close() throws IOException {
        if (pcap != null) pcap.close();
        else pcapng.close();
    }
}
