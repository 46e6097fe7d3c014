package io.nlscope.capture;

import java.io.IOException;
import java.util.Objects;

/**
 * The input is not a capture nlscope can read. The message is a single sentence meant for the end user and
 * names the input; {@link #kind()} lets callers pick an exit status or hint without parsing the message.
 */
public class CaptureFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Broad reason for the failure. */
    public enum Kind {
        /** Zero bytes of input. */
        EMPTY,
        /** The magic number is neither pcap nor pcapng. */
        NOT_A_CAPTURE,
        /** A capture, but not of LINKTYPE_NETLINK (only raised by the openNetlink factories). */
        WRONG_LINK_TYPE,
        /** A capture in a variant or version this reader does not implement. */
        UNSUPPORTED,
        /** Structurally broken data (not merely cut short, which is only a warning). */
        CORRUPT
    }

    private final Kind kind;
    private final String source;

    public CaptureFormatException(Kind kind, String source, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = source;
    }

    public Kind kind() {
        return kind;
    }

    /** The input's name as given to the reader (a path, or "standard input"). */
    public String source() {
        return source;
    }
}
