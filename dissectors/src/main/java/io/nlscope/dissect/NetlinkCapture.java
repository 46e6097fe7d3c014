package io.nlscope.dissect;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A netlink capture read as decoded frames, one at a time in constant memory:
 * <pre>{@code
 * try (NetlinkCapture cap = NetlinkCapture.open(Path.of("x.pcap"))) {
 *     for (DissectedFrame f; (f = cap.next()) != null; )
 *         for (NetlinkMessage m : f.messages()) System.out.println(m.typeName() + " " + m.summary());
 * }
 * }</pre>
 */
public final class NetlinkCapture implements Closeable {
    private final CaptureReader reader;
    private final NetlinkDissector dissector;

    public NetlinkCapture(CaptureReader reader, NetlinkDissector dissector) {
        this.reader = reader;
        this.dissector = dissector;
    }

    /** Opens a pcap or pcapng file of link type 253 (LINKTYPE_NETLINK). */
    public static NetlinkCapture open(Path file) throws IOException {
        return new NetlinkCapture(CaptureReader.openNetlink(file), new NetlinkDissector());
    }

    public static NetlinkCapture open(InputStream in) throws IOException {
        return new NetlinkCapture(CaptureReader.openNetlink(in), new NetlinkDissector());
    }

    /** The next decoded frame, or null at the end of the capture. */
    public DissectedFrame next() throws IOException {
        Frame f = reader.next();
        return f == null ? null : dissector.dissect(f);
    }

    /** Warnings of the reader (e.g. a capture cut short). */
    public List<String> warnings() { return reader.warnings(); }

    public CaptureReader reader() { return reader; }

    @Override public void close() throws IOException { reader.close(); }
}
