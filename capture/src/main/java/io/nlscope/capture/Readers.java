package io.nlscope.capture;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

/** Format detection behind the {@link CaptureReader} factories; the buffer size is a parameter so tests can shrink it. */
final class Readers {
    static final String STDIN_NAME = "standard input";

    static final int PCAP_MICROS = 0xa1b2c3d4;
    static final int PCAP_NANOS = 0xa1b23c4d;
    static final int PCAPNG_SHB = 0x0A0D0D0A;

    private Readers() {
    }

    static CaptureReader open(ReadableByteChannel channel, String name, boolean netlinkOnly, int capacity)
            throws IOException {
        ByteSource src = new ByteSource(channel, capacity);
        try {
            return detect(src, name, netlinkOnly);
        } catch (IOException | RuntimeException e) {
            try {
                src.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static CaptureReader detect(ByteSource src, String name, boolean netlinkOnly) throws IOException {
        int n = src.fill(4);
        if (n == 0) {
            throw new CaptureFormatException(CaptureFormatException.Kind.EMPTY, name,
                    name + " is empty, not a capture file.");
        }
        if (n == 4) {
            src.order(ByteOrder.BIG_ENDIAN);
            int magic = src.window().getInt(src.position());
            if (magic == PCAP_MICROS || magic == PCAP_NANOS) {
                return new PcapReader(src, name, netlinkOnly, ByteOrder.BIG_ENDIAN, magic == PCAP_NANOS);
            }
            if (Integer.reverseBytes(magic) == PCAP_MICROS || Integer.reverseBytes(magic) == PCAP_NANOS) {
                return new PcapReader(src, name, netlinkOnly, ByteOrder.LITTLE_ENDIAN,
                        Integer.reverseBytes(magic) == PCAP_NANOS);
            }
            if (magic == PCAPNG_SHB) {
                return new PcapngReader(src, name, netlinkOnly);
            }
            if (magic == 0xa1b2cd34 || magic == 0x34cdb2a1) {
                throw new CaptureFormatException(CaptureFormatException.Kind.UNSUPPORTED, name,
                        name + " is a \"modified\" (Kuznetzov) pcap file, which nlscope cannot read; "
                                + "convert it with editcap -F pcap first.");
            }
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                hex.append(' ');
            }
            hex.append(String.format("%02x", src.window().get(src.position() + i) & 0xff));
        }
        boolean gzip = n >= 2 && (src.window().get(src.position()) & 0xff) == 0x1f
                && (src.window().get(src.position() + 1) & 0xff) == 0x8b;
        throw new CaptureFormatException(CaptureFormatException.Kind.NOT_A_CAPTURE, name,
                name + " is not a pcap or pcapng capture file (it starts with " + hex
                        + (gzip ? ", which looks gzip-compressed: decompress it first" : "") + ").");
    }
}
