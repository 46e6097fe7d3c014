package io.nlscope.output;

import io.nlscope.dissect.Direction;

/**
 * A message rendered by a {@link MessageSink} except for what only pairing knows: its bytes,
 * where its direction is shown ({@code [directionAt, directionEnd)}, replaced when the
 * transaction shows another direction than the header's) and where its link goes. Pairing holds
 * messages in this form until their transactions end, a few hundred bytes instead of a decoded tree.
 *
 * @param bytes     the rendered message (UTF-8)
 * @param direction the direction the message itself gives
 */
public record Rendered(byte[] bytes, int directionAt, int directionEnd, int linkAt, Direction direction) {
    /** Estimated heap bytes this holds. */
    long heapBytes() { return 64 + bytes.length; }
}
