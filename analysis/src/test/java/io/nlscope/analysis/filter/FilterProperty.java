package io.nlscope.analysis.filter;

import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.RealSessions;
import io.nlscope.dissect.NetlinkMessage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the filter language promises of any text: parsing and compiling it either gives a filter or a
 * {@link FilterException} (nothing else escapes) whose message is one sentence naming a column of the text; a
 * compiled filter applied to real messages and their pairing events never throws.
 */
public final class FilterProperty {
    private FilterProperty() {}

    /** Checks one text; returns the filter compiled with the names checked, or null when it is refused. */
    public static MessageFilter check(String text) {
        try {
            FilterParser.parse(text);
        } catch (FilterException e) {
            refusal(text, e);
        }
        MessageFilter checked = null;
        for (boolean names : new boolean[] {true, false}) {
            MessageFilter f;
            try {
                f = MessageFilter.compile(text, names);
            } catch (FilterException e) {
                refusal(text, e);
                continue;
            }
            apply(f);
            if (names) checked = f;
        }
        return checked;
    }

    /** A refusal is one sentence at a column of the filter (one past its end for "the end of the filter"). */
    public static void refusal(String text, FilterException e) {
        String m = e.getMessage();
        assertTrue(m != null && !m.isBlank(), "a refusal says why: " + text);
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) assertFalse(m.contains("\n"), "one sentence: " + m);
        assertTrue(e.column() >= 1 && e.column() <= text.length() + 1, "column " + e.column() + " of a filter of " + text.length());
        assertTrue(e.explain(text).startsWith("column " + e.column() + ": "));
    }

    /** The filter over every message and event of the real sessions, as read -Y, pairs -Y and check use it. */
    public static void apply(MessageFilter f) {
        for (List<RealSessions.Step> steps : RealSessions.sessions()) {
            EventSelection selection = new EventSelection(f);
            for (RealSessions.Step s : steps) {
                NetlinkMessage m = s.message();
                f.test(m);
                f.decide(f.bits(m));
                f.atHeaders(m);
                f.mayMatch(List.of(m));
                selection.message(m);
                for (PairingEvent e : s.events()) {
                    selection.selects(e);
                    f.test(0, e, e.number());
                }
            }
        }
    }
}
