package io.nlscope.capture;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a pcapng section header says about where a capture was made (each null when the file does not say):
 * shb_hardware, shb_os (e.g. {@code Linux 6.1.0-28-amd64}, which `nlscope capture` records: a layout that
 * depends on the kernel version can use it), shb_userappl, the header's first opt_comment, and the generic
 * netlink families of the kernel when the capture started, as {@code nlscope capture} records them in an
 * opt_comment of their own ({@link #FAMILIES}).
 *
 * @param genlFamilies family id to name; empty when the header names none
 */
public record Section(String hardware, String os, String application, String comment, Map<Integer, String> genlFamilies) {

    /**
     * How the families' comment starts: {@code nlscope genl families: 0x10=nlctrl 0x11=VFS_DQUOT ...}, ids in
     * hex and the {@code ID=NAME} form of {@code --genl-family}, one space between them.
     */
    public static final String FAMILIES = "nlscope genl families:";

    public Section {
        genlFamilies = genlFamilies == null || genlFamilies.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(genlFamilies));
    }

    public Section(String hardware, String os, String application, String comment) {
        this(hardware, os, application, comment, Map.of());
    }

    public boolean isEmpty() { return hardware == null && os == null && application == null && comment == null && genlFamilies.isEmpty(); }

    /** "Linux 6.1.0-28-amd64 on x86_64, written by nlscope 0.1.0 (host nlvm)", of what is known. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (os != null) b.append(os);
        if (hardware != null) b.append(b.length() > 0 ? " on " : "").append(hardware);
        if (application != null) b.append(b.length() > 0 ? ", " : "").append("written by ").append(application);
        if (comment != null) b.append(b.length() > 0 ? " (" + comment + ")" : comment);
        return b.toString();
    }

    /** The families' comment, or null when there are none. */
    public String familiesComment() {
        if (genlFamilies.isEmpty()) return null;
        StringBuilder b = new StringBuilder(FAMILIES);
        genlFamilies.forEach((id, name) -> b.append(" 0x").append(Integer.toHexString(id)).append('=').append(name));
        return b.toString();
    }

    /** The families a comment of {@link #FAMILIES}'s form names (words that are not {@code 0xID=NAME} are skipped); null for another comment. */
    public static Map<Integer, String> parseFamilies(String comment) {
        if (!comment.startsWith(FAMILIES)) return null;
        Map<Integer, String> m = new TreeMap<>();
        for (String w : comment.substring(FAMILIES.length()).trim().split(" ")) {
            int eq = w.indexOf('=');
            if (!w.startsWith("0x") || eq < 3 || eq == w.length() - 1) continue;
            try {
                m.put(Integer.parseInt(w, 2, eq, 16), w.substring(eq + 1));
            } catch (NumberFormatException e) {
                // not an id: skipped
            }
        }
        return m;
    }
}
