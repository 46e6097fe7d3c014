package io.nlscope.analysis.diff;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code nlscope diff} promises of any two sessions: a session diffed against itself has no change, every item
 * matched and no byte difference; two sessions diffed in either order account for every item of each once (matched,
 * removed or added, changed, moved), with or without {@code --unordered} and {@code --bytes}.
 */
public final class DiffProperty {
    private DiffProperty() {}

    /** The session against itself, in every mode. */
    public static void self(Session s) throws IOException { self(s, true); }

    /**
     * The session against itself: with {@code every} in the four modes, else in two (in order with {@code --bytes},
     * {@code --unordered} without), which the fuzz target uses to run quicker.
     */
    public static void self(Session s, boolean every) throws IOException {
        for (boolean unordered : new boolean[] {false, true}) {
            for (boolean bytes : new boolean[] {false, true}) {
                if (!every && unordered == bytes) continue;
                SessionDiff.Result r = SessionDiff.diff(s, s, unordered, bytes);
                assertEquals(List.of(), r.changes(), s.name() + " against itself" + mode(unordered, bytes));
                assertEquals(s.items().size(), r.matched(), "every item matched" + mode(unordered, bytes));
                assertEquals(0, r.otherBytes(), "no bytes differ" + mode(unordered, bytes));
                assertTrue(r.bytes().isEmpty());
                assertTrue(r.equivalent());
            }
        }
    }

    /** Two sessions, both ways, in every mode: each item accounted for once. */
    public static void pair(Session a, Session b) throws IOException { pair(a, b, true); }

    /** As {@link #pair(Session, Session)}; without {@code every} in two modes, as {@link #self(Session, boolean)}. */
    public static void pair(Session a, Session b, boolean every) throws IOException {
        for (boolean unordered : new boolean[] {false, true}) {
            for (boolean bytes : new boolean[] {false, true}) {
                if (!every && unordered == bytes) continue;
                accounted(a, b, SessionDiff.diff(a, b, unordered, bytes), unordered, bytes);
                accounted(b, a, SessionDiff.diff(b, a, unordered, bytes), unordered, bytes);
            }
        }
    }

    private static void accounted(Session a, Session b, SessionDiff.Result r, boolean unordered, boolean bytes) {
        long removed = 0, added = 0, both = 0;
        for (SessionDiff.Change c : r.changes()) {
            switch (c.kind()) {
                case REMOVED -> removed++;
                case ADDED -> added++;
                default -> both++;
            }
            if (c.kind() == SessionDiff.Kind.CHANGED) assertEquals(c.baseline().operation(), c.candidate().operation(), "a change is of one operation");
        }
        String what = a.name() + " against " + b.name() + mode(unordered, bytes);
        assertEquals(a.items().size(), r.matched() + removed + both, "every baseline item once: " + what);
        assertEquals(b.items().size(), r.matched() + added + both, "every candidate item once: " + what);
        assertTrue(r.otherBytes() >= r.bytes().size() && r.onlyLeftOut() <= r.otherBytes(), what);
        if (!bytes) assertEquals(0, r.otherBytes(), what);
        for (SessionDiff.Bytes d : r.bytes()) assertTrue(!d.fields().isEmpty(), what);
    }

    private static String mode(boolean unordered, boolean bytes) {
        return (unordered ? " --unordered" : "") + (bytes ? " --bytes" : "");
    }
}
