package io.nlscope.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Classic libpcap format: a 24-byte file header, then 16-byte record headers each followed by the frame bytes. */
final class PcapReader extends AbstractReader {
    private static final int FILE_HEADER = 24;
    private static final int RECORD_HEADER = 16;

    /** 1000 for microsecond files, 1 for nanosecond files. */
    private final int fractionToNanos;
    private int linkType;
    private int snaplen;

    PcapReader(ByteSource src, String name, boolean netlinkOnly, ByteOrder order, boolean nanos) throws IOException {
        super(src, name, netlinkOnly);
        this.fractionToNanos = nanos ? 1 : 1000;
        src.order(order);
        int got = src.fill(FILE_HEADER);
        if (got < FILE_HEADER) {
            truncated("its file header", "got " + got + " of " + FILE_HEADER + " bytes");
            return;
        }
        ByteBuffer b = src.window();
        int p = src.position();
        // libpcap keeps FCS-length flags in the upper bits (LT_FCS_DATALEN); the link type proper is the low 16.
        int network = b.getInt(p + 20) & 0x0FFFFFFF;
        linkType = network & 0xFFFF;
        // Only a hint (frames are checked against MAX_FRAME, not this): a 2 GB claim is read as Integer.MAX_VALUE.
        snaplen = clampToInt(b.getInt(p + 16) & 0xFFFFFFFFL);
        src.consume(FILE_HEADER);
        if (netlinkOnly && linkType != LINKTYPE_NETLINK) {
            throw wrongLinkType(linkType, "");
        }
    }

    @Override
    public String format() {
        return fractionToNanos == 1 ? "pcap-ns" : "pcap";
    }

    @Override
    public int snaplen(int id) {
        return snaplen;
    }

    @Override
    public Frame next() throws IOException {
        if (done) {
            return null;
        }
        ByteBuffer b = src.window();
        int p = src.position();
        long offset = src.offset();
        if (src.available() < RECORD_HEADER) {
            int got = src.fill(RECORD_HEADER);
            if (got == 0) {
                done = true;
                return null;
            }
            if (got < RECORD_HEADER) {
                return truncated(at("record", offset), "got " + got + " of " + RECORD_HEADER + " header bytes");
            }
            p = src.position();
        }
        long seconds = b.getInt(p) & 0xFFFFFFFFL;
        long fraction = b.getInt(p + 4) & 0xFFFFFFFFL;
        long caplen = b.getInt(p + 8) & 0xFFFFFFFFL;
        long origlen = b.getInt(p + 12) & 0xFFFFFFFFL;
        if (caplen > MAX_FRAME) {
            throw corrupt(at("record", offset) + " claims " + caplen + " captured bytes, more than the "
                    + MAX_FRAME + " that libpcap and Wireshark read in a frame");
        }
        int total = RECORD_HEADER + (int) caplen;
        ByteBuffer rec;
        int r;
        if (src.available() >= total) {
            rec = b;
            r = p;
        } else {
            int got = src.load(total);
            if (got < total) {
                return truncated(at("record", offset), "got " + got + " of " + total + " bytes");
            }
            rec = src.record();
            r = src.recordOffset();
        }
        byte[] data = new byte[(int) caplen];
        rec.get(r + RECORD_HEADER, data, 0, data.length);
        src.consume(total);
        long ts = seconds * 1_000_000_000L + fraction * fractionToNanos;
        return new Frame(++frames, ts, clampToInt(origlen), linkType, 0, Direction.UNKNOWN, data);
    }
}
