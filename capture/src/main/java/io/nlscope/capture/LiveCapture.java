package io.nlscope.capture;

import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.PcapStat;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Timestamp;

/**
 * Frames read live from an nlmon interface through pcap4j (libpcap): non-blocking reads, polled, so
 * that a capture on an idle interface can always stop (a blocking read on an idle nlmon never
 * returns); nanosecond timestamps; the kernel's packets read a ring block at a time (pcap_dispatch). Not thread-safe: one reader thread; {@link #close()} after it stopped.
 */
public final class LiveCapture implements Closeable {
    /** Why an interface could not be opened. */
    public enum Problem { NO_LIBPCAP, NO_INTERFACE, NO_PERMISSION, NOT_NETLINK, OTHER }

    /** Opening failed; {@link #problem()} says why in a form a caller can act on, the message in one sentence. */
    public static final class OpenException extends IOException {
        private final Problem problem;

        OpenException(Problem problem, String message, Throwable cause) {
            super(message, cause);
            this.problem = problem;
        }

        public Problem problem() { return problem; }
    }

    /** pcap's counters: packets the kernel gave the socket, dropped for want of buffer space, dropped by the interface. */
    public record Stats(long received, long droppedByKernel, long droppedByInterface) {}

    private static final int POLL_MILLIS = 2, DISPATCH = 4096;

    /** Frames one dispatch call read, handed out one by one. */
    private final java.util.ArrayDeque<Frame> ready = new java.util.ArrayDeque<>();
    private final org.pcap4j.core.RawPacketListener gotten = this::got;

    private final PcapHandle handle;
    private final String name;
    private long index;

    private LiveCapture(PcapHandle handle, String name) {
        this.handle = handle;
        this.name = name;
    }

    /**
     * Opens {@code iface} for capture: at most {@code snaplen} bytes per frame, a kernel buffer of
     * {@code bufferBytes}, nanosecond timestamps.
     */
    public static LiveCapture open(String iface, int snaplen, int bufferBytes) throws OpenException {
        PcapHandle h;
        try {
            h = new PcapHandle.Builder(iface)
                    .snaplen(snaplen)
                    .promiscuousMode(PcapNetworkInterface.PromiscuousMode.NONPROMISCUOUS)
                    // no immediate mode: libpcap then uses TPACKET_V3, whose ring packs packets instead of giving each
                    // a snaplen-sized slot, so a burst fits (measured in the qemu guest: 3,438 of 40,014 lost in
                    // immediate mode); packets come at the latest after the 10 ms block timeout
                    .timeoutMillis(10)
                    .bufferSize(bufferBytes)
                    .immediateMode(false)
                    .timestampPrecision(PcapHandle.TimestampPrecision.NANO)
                    .build();
        } catch (PcapNativeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("No such device")) throw new OpenException(Problem.NO_INTERFACE, "interface " + iface + " does not exist", e);
            if (m.contains("not permitted") || m.contains("ermission"))
                throw new OpenException(Problem.NO_PERMISSION, "no permission to capture on " + iface + " (CAP_NET_RAW is needed)", e);
            throw new OpenException(Problem.OTHER, "cannot capture on " + iface + ": " + m, e);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new OpenException(Problem.NO_LIBPCAP, "libpcap is not installed (Debian: apt-get install libpcap0.8)", e);
        }
        try {
            int dlt = h.getDlt().value();
            if (dlt != LinkTypes.NETLINK) {
                h.close();
                throw new OpenException(Problem.NOT_NETLINK, iface + " is not an nlmon interface (link type " + LinkTypes.describe(dlt)
                        + ", not 253 (NETLINK)): create one with `ip link add nlmon0 type nlmon`", null);
            }
            h.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
        } catch (PcapNativeException | NotOpenException e) {
            h.close();
            throw new OpenException(Problem.OTHER, "cannot capture on " + iface + ": " + e.getMessage(), e);
        }
        return new LiveCapture(h, iface);
    }

    /** One packet of a dispatch call: its time and original length are the handle's for the packet being handed over. */
    private void got(byte[] raw) {
        // The cooked header's 8 address bytes come from the ring's sockaddr_ll, of which the kernel writes only
        // sll_halen bytes (nlmon: none); from a TPACKET_V3 ring the rest is stale memory of earlier packets (seen
        // in the qemu guest: 2,244 of 40,014 frames differed from tcpdump's there). They are written as the zeros
        // they are on the wire.
        if (raw.length >= 16) {
            int halen = ((raw[4] & 0xff) << 8) | (raw[5] & 0xff);
            for (int i = 6 + Math.min(halen, 8); i < 14; i++) raw[i] = 0;
        }
        Timestamp ts = handle.getTimestamp();
        long nanos = Math.floorDiv(ts.getTime(), 1000L) * 1_000_000_000L + ts.getNanos();
        Integer orig = handle.getOriginalLength();
        ready.add(new Frame(++index, nanos, orig != null ? Math.max(orig, raw.length) : raw.length, LinkTypes.NETLINK, 0,
                Direction.UNKNOWN, raw));
    }

    public String interfaceName() { return name; }

    /** Numbers the next frame {@code first} (when a file holds frames of its own before the captured ones). */
    public void numberFrom(long first) { index = first - 1; }

    /** Whether libpcap can be loaded at all (pcap4j finds it through JNA). */
    public static boolean libpcapPresent() {
        try {
            org.pcap4j.core.Pcaps.libVersion();
            return true;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            return false;
        }
    }

    /**
     * The next frame, waiting at most {@code waitMillis} (0: do not wait); null when none came. Frames are
     * numbered from 1 in the order read.
     */
    public Frame next(long waitMillis) throws IOException {
        long deadline = waitMillis > 0 ? System.nanoTime() + waitMillis * 1_000_000L : 0;
        while (true) {
            Frame f = ready.poll();
            if (f != null) return f;
            try {
                // pcap_dispatch: every packet the kernel has queued, in one call (a call per packet is several
                // times slower and, in a burst, loses packets the kernel cannot hold)
                handle.dispatch(DISPATCH, gotten);
            } catch (NotOpenException e) {
                throw new IOException("the capture on " + name + " is closed", e);
            } catch (PcapNativeException e) {
                throw new IOException("reading " + name + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ready.poll();
            }
            if (!ready.isEmpty()) continue;
            if (waitMillis <= 0 || System.nanoTime() >= deadline) return null;
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** pcap's counters so far (zeros when libpcap cannot say). */
    public Stats stats() {
        try {
            PcapStat s = handle.getStats();
            return new Stats(s.getNumPacketsReceived(), s.getNumPacketsDropped(), s.getNumPacketsDroppedByIf());
        } catch (PcapNativeException | NotOpenException e) {
            return new Stats(0, 0, 0);
        }
    }

    @Override public void close() { handle.close(); }
}
