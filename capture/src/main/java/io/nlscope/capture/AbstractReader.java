package io.nlscope.capture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What both formats share: the source, the frame counter, end-of-input state and message wording. */
abstract class AbstractReader implements CaptureReader {
    /**
     * The most captured bytes a frame may have: 262144, libpcap's MAXIMUM_SNAPLEN and Wireshark's
     * WTAP_MAX_PACKET_SIZE_STANDARD, the largest frame either reads for LINKTYPE_NETLINK (tcpdump and dumpcap
     * refuse a file with a larger one, and {@code -s 0} records at most this). An nlmon frame is one skb: a dump
     * reply is sized to the reader's buffer, 32 KiB at most unless a family needs more for one message (rtnetlink
     * for a link with many VFs), the largest in testdata is 16936 bytes, and a larger message (an nft batch) is
     * cut to this by the capturing tool, its original length kept. A longer claim is damage, refused before
     * anything is allocated for it, so one frame never costs more than this.
     */
    static final int MAX_FRAME = 262144;

    /**
     * Warnings kept: one a damaged block can add (an option past its block), so a file made of them would
     * otherwise grow the list without bound; after these, one last entry says that more were left out.
     */
    static final int MAX_WARNINGS = 100;

    final ByteSource src;
    final String name;
    final boolean netlinkOnly;
    long frames;
    boolean done;
    private final List<String> warnings = new ArrayList<>(1);
    private final List<String> warningsView = Collections.unmodifiableList(warnings);

    AbstractReader(ByteSource src, String name, boolean netlinkOnly) {
        this.src = src;
        this.name = name;
        this.netlinkOnly = netlinkOnly;
    }

    @Override
    public List<String> warnings() {
        return warningsView;
    }

    @Override
    public void close() throws IOException {
        done = true;
        src.close();
    }

    /** Records the cut-short warning and ends the stream; always returns null so callers can {@code return} it. */
    Frame truncated(String what, String got) {
        warn(name + " is cut short: " + what + " is incomplete (" + got + "); " + framesRead() + ".");
        done = true;
        return null;
    }

    /** Adds a warning (one sentence naming the input), up to {@link #MAX_WARNINGS}. */
    void warn(String sentence) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(sentence);
        } else if (warnings.size() == MAX_WARNINGS) {
            warnings.add(name + " has more problems than the " + MAX_WARNINGS + " listed before this one; they are not listed.");
        }
    }

    private String framesRead() {
        return frames == 1 ? "1 frame was read" : frames + " frames were read";
    }

    /** "the block at byte offset 1234 (after frame 41)" */
    String at(String unit, long offset) {
        return "the " + unit + " at byte offset " + offset
                + (frames == 0 ? " (before the first frame)" : " (after frame " + frames + ")");
    }

    CaptureFormatException corrupt(String detail) {
        return new CaptureFormatException(CaptureFormatException.Kind.CORRUPT, name,
                name + " is corrupt: " + detail + ".");
    }

    CaptureFormatException wrongLinkType(int linkType, String where) {
        return new CaptureFormatException(CaptureFormatException.Kind.WRONG_LINK_TYPE, name,
                name + " has link type " + LinkTypes.describe(linkType) + where + ", not "
                        + LinkTypes.describe(LINKTYPE_NETLINK)
                        + ": nlscope reads captures taken on an nlmon interface.");
    }

    /** An unsigned 32-bit field as a non-negative int: 2^31 and above become Integer.MAX_VALUE. */
    static int clampToInt(long v) {
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }
}
