package io.nlscope.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Streams the frames of a pcap or pcapng capture in constant memory.
 *
 * <p>Bad input raises {@link CaptureFormatException}; a file that merely stops mid-record (a killed tcpdump,
 * {@code head -c}) is not an error: every complete frame is returned, then {@code null}, and one entry is
 * added to {@link #warnings()}. Missing or unreadable files surface as the JDK's own exceptions
 * ({@link java.nio.file.NoSuchFileException}, {@link java.nio.file.AccessDeniedException}).
 *
 * <p>Every length field is checked before anything is allocated for it: a frame holds at most 262144 bytes
 * (libpcap's and Wireshark's limit; a record or packet block claiming more is CORRUPT), a pcapng block that is
 * read at most such a frame with 128 KiB of options, a section at most 4096 interfaces; other pcapng blocks are
 * streamed past whatever their length. Damage that costs only metadata (an option running past its block, an
 * if_name over 256 bytes, an if_tsresol finer than libpcap reads) is a warning and reading goes on; at most 100
 * warnings are kept, and a last one says when more were left out. Every message is one sentence naming the
 * input and the byte offset of the record or block concerned.
 *
 * <p>Not thread-safe.
 */
public interface CaptureReader extends Closeable {
    /** LINKTYPE_NETLINK: what an nlmon interface produces. */
    int LINKTYPE_NETLINK = 253;

    /** The next frame in file order, or {@code null} at the end of the input (including a cut-short end). */
    Frame next() throws IOException;

    /** "pcap" (microsecond timestamps), "pcap-ns" (nanosecond) or "pcapng": the {@link CaptureWriter.Format} that keeps what it read. */
    String format();

    /** The name (pcapng if_name) of an interface the frames read so far have named; empty when the file does not say. */
    default java.util.Optional<String> interfaceName(int id) { return java.util.Optional.empty(); }

    /** The snapshot length an interface recorded (0: none), as far as the frames read so far have declared it. */
    default int snaplen(int id) { return 0; }

    /** Problems that did not stop reading, oldest first; an unmodifiable live view. */
    List<String> warnings();

    /** What the (first) pcapng section header says about where the capture was made; empty for pcap or a header that says nothing. */
    default java.util.Optional<Section> section() { return java.util.Optional.empty(); }

    static CaptureReader open(Path file) throws IOException {
        return Readers.open(FileChannel.open(file, StandardOpenOption.READ), file.toString(), false,
                ByteSource.DEFAULT_CAPACITY);
    }

    /** Reads a stream such as {@code System.in}; error messages call it "standard input". Closing the reader closes the stream. */
    static CaptureReader open(InputStream in) throws IOException {
        return open(Channels.newChannel(in), Readers.STDIN_NAME);
    }

    /** @param name how messages refer to this input */
    static CaptureReader open(ReadableByteChannel channel, String name) throws IOException {
        return Readers.open(channel, name, false, ByteSource.DEFAULT_CAPACITY);
    }

    /** Like {@link #open(Path)} but fails unless every interface in the capture has link type 253. */
    static CaptureReader openNetlink(Path file) throws IOException {
        return Readers.open(FileChannel.open(file, StandardOpenOption.READ), file.toString(), true,
                ByteSource.DEFAULT_CAPACITY);
    }

    /** Like {@link #open(InputStream)} but fails unless every interface in the capture has link type 253. */
    static CaptureReader openNetlink(InputStream in) throws IOException {
        return Readers.open(Channels.newChannel(in), Readers.STDIN_NAME, true, ByteSource.DEFAULT_CAPACITY);
    }

    /** Like {@link #open(ReadableByteChannel, String)} but fails unless every interface has link type 253. */
    static CaptureReader openNetlink(ReadableByteChannel channel, String name) throws IOException {
        return Readers.open(channel, name, true, ByteSource.DEFAULT_CAPACITY);
    }
}
