package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each rule of {@link ByteAccounting} catches what breaks it, and lets alignment padding through. */
class ByteAccountingTest {
    private static final ByteBuffer FRAME = ByteBuffer.allocate(64).asReadOnlyBuffer();

    private static Field raw(String name, int offset, int length) {
        return new Field(name, new Value.Raw(FRAME, offset, length), offset, length);
    }

    private static Field nest(String name, int offset, int length, Field... children) {
        return new Field(name, new Value.Nested(List.of(children)), offset, length);
    }

    private static NetlinkMessage message(int offset, List<Field> fields) {
        return new NetlinkMessage(1, 0, 0, "route", 0, offset, 48, 16, 0, 0, 0, "RTM_NEWLINK", MessageKind.NEW,
                Direction.TO_KERNEL, true, fields, "", java.util.Optional.empty(), java.util.Optional.empty(), Control.NONE, "RTM_NEWLINK", "");
    }

    private static List<String> check(int captured, List<Field> fields, List<Field> trailer) {
        DissectedFrame f = new DissectedFrame(1, 0, captured, captured, 0, "route", true, List.of(), List.of(message(16, fields)),
                trailer, List.of());
        return ByteAccounting.check(f).stream().map(g -> "[" + g.offset() + ", " + (g.offset() + g.length()) + ") " + g.problem()).toList();
    }

    @Test
    void aTreeThatCoversEveryByteHasNoGap() {
        assertEquals(List.of(), check(64, List.of(raw("nlmsghdr", 16, 16), nest("A", 32, 15, raw("a", 36, 11)), raw("B", 48, 16)), List.of()));
    }

    @Test
    void paddingOfUpToThreeBytesEndingAlignedIsNoGap() {
        assertEquals(List.of(), check(64, List.of(raw("nlmsghdr", 16, 16), raw("A", 32, 13), raw("B", 48, 13)), List.of()));
    }

    /** The frame's end cutting the last message's padding: 2 bytes after it, the frame ending unaligned (nlmonFrame's crash-e5db64c4). */
    @Test
    void paddingTheFramesEndCutsIsNoGap() {
        assertEquals(List.of(), check(62, List.of(raw("nlmsghdr", 16, 16), raw("A", 32, 28)), List.of()));
        assertEquals(List.of("[56, 62) 6 bytes at its end belong to no field"), check(62, List.of(raw("nlmsghdr", 16, 16), raw("A", 32, 24)), List.of()));
    }

    @Test
    void bytesInNoFieldAreAGap() {
        assertEquals(List.of("[32, 36) 4 bytes before it belong to no field", "[60, 64) 4 bytes at its end belong to no field"),
                check(64, List.of(raw("nlmsghdr", 16, 16), raw("A", 36, 12), raw("B", 48, 12)), List.of()));
        assertEquals(List.of("[33, 35) 2 bytes before it belong to no field"),   // 2 bytes, but not ending aligned
                check(64, List.of(raw("nlmsghdr", 16, 17), raw("A", 35, 29)), List.of()));
    }

    @Test
    void overlapsAndFieldsOutsideTheirParentAreCaught() {
        assertEquals(List.of("[40, 48) overlaps the field before it"),
                check(64, List.of(raw("nlmsghdr", 16, 16), raw("A", 32, 16), raw("B", 40, 24)), List.of()));
        assertEquals(List.of("[44, 52) lies outside message 0 (RTM_NEWLINK) > A [32, 48)"),
                check(64, List.of(raw("nlmsghdr", 16, 16), nest("A", 32, 16, raw("a", 44, 8)), raw("B", 48, 16)), List.of()));
        assertEquals(List.of("[60, 68) lies outside frame [0, 64)", "[60, 64) 4 bytes at its end belong to no field"),
                check(64, List.of(raw("nlmsghdr", 16, 16), raw("A", 32, 28)), List.of(new Field("padding", new Value.Raw(ByteBuffer.allocate(68), 60, 8), 60, 8))));
    }

    @Test
    void aValueWhoseBytesAreElsewhereIsCaught() {
        assertEquals(List.of("[0, 16) its bytes lie outside its field [48, 64)"),
                check(64, List.of(raw("nlmsghdr", 16, 16), raw("A", 32, 16), new Field("B", new Value.Raw(FRAME, 0, 16), 48, 16)), List.of()));
    }
}
