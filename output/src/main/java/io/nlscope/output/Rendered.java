package io.nlscope.output;

import io.nlscope.dissect.Direction;

/**
 * A message rendered by a {@link MessageSink} except for what only pairing knows: its bytes,
 * where its direction is shown ({@code [directionAt, directionEnd)}, replaced when the
 * transaction shows another direction than the header's) and where its link goes, each counted
 * from {@code offset}. The bytes are the sink's own buffer and valid until it renders the next
 * message; pairing copies those that must wait ({@link HeldBytes}).
 *
 * @param bytes     the rendered message (UTF-8) at {@code [offset, offset + length)}
 * @param direction the direction the message itself gives
 */
public record Rendered(byte[] bytes, int offset, int length, int directionAt, int directionEnd, int linkAt,
                       Direction direction) {

    /** A message at the start of a sink's buffer. */
    public Rendered(byte[] bytes, int length, int directionAt, int directionEnd, int linkAt, Direction direction) {
        this(bytes, 0, length, directionAt, directionEnd, linkAt, direction);
    }
}
