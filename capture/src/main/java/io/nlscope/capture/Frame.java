package io.nlscope.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One captured frame: its bytes plus the metadata the capture file recorded for it.
 *
 * <p>Immutable. The byte array handed to the constructor is owned by the frame from then on; readers
 * allocate a fresh array per frame, so a frame stays valid after the reader has moved on or closed.
 */
public final class Frame {
    private final long index;
    private final long timestampNanos;
    private final int originalLength;
    private final int linkType;
    private final int interfaceId;
    private final Direction direction;
    private final byte[] data;
    private final List<String> comments;

    /**
     * @param index          1-based position of the frame in its file
     * @param timestampNanos nanoseconds since the Unix epoch
     * @param originalLength length on the wire, which may exceed {@code data.length} when the capture was snapped
     * @param linkType       LINKTYPE_* value of the interface the frame was captured on
     * @param interfaceId    pcapng interface id within its section, 0 for classic pcap
     * @param direction      direction recorded by the capturing tool
     * @param data           captured bytes; the frame takes ownership and does not copy them
     */
    public Frame(long index, long timestampNanos, int originalLength, int linkType, int interfaceId,
                 Direction direction, byte[] data) {
        this(index, timestampNanos, originalLength, linkType, interfaceId, direction, data, List.of());
    }

    /** As the other constructor, plus the frame's comments (pcapng opt_comment), e.g. the socket {@code nlscope trace} saw. */
    public Frame(long index, long timestampNanos, int originalLength, int linkType, int interfaceId,
                 Direction direction, byte[] data, List<String> comments) {
        this.index = index;
        this.timestampNanos = timestampNanos;
        this.originalLength = originalLength;
        this.linkType = linkType;
        this.interfaceId = interfaceId;
        this.direction = Objects.requireNonNull(direction, "direction");
        this.data = Objects.requireNonNull(data, "data");
        this.comments = List.copyOf(comments);
    }

    public long index() {
        return index;
    }

    public long timestampNanos() {
        return timestampNanos;
    }

    public int originalLength() {
        return originalLength;
    }

    public int linkType() {
        return linkType;
    }

    public int interfaceId() {
        return interfaceId;
    }

    public Direction direction() {
        return direction;
    }

    /** Comments recorded with the frame (pcapng opt_comment); empty for classic pcap. */
    public List<String> comments() {
        return comments;
    }

    public int capturedLength() {
        return data.length;
    }

    /** A read-only big-endian view (position 0, limit {@link #capturedLength()}); callers may move its position freely. */
    public ByteBuffer data() {
        // Netlink headers are host-endian, so dissectors will usually re-order; big-endian is just the JDK default made explicit.
        return ByteBuffer.wrap(data).asReadOnlyBuffer().order(ByteOrder.BIG_ENDIAN);
    }

    public byte[] copyOfData() {
        return data.clone();
    }

    /** The captured bytes themselves, for the writers of this package (no copy; never changed). */
    byte[] bytes() { return data; }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Frame)) {
            return false;
        }
        Frame f = (Frame) o;
        return index == f.index && timestampNanos == f.timestampNanos && originalLength == f.originalLength
                && linkType == f.linkType && interfaceId == f.interfaceId && direction == f.direction
                && Arrays.equals(data, f.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, timestampNanos, originalLength, linkType, interfaceId, direction)
                * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Frame " + index + " [t=" + timestampNanos + "ns, " + data.length + "/" + originalLength
                + " bytes, linktype " + linkType + ", if " + interfaceId + ", " + direction + "]";
    }
}
