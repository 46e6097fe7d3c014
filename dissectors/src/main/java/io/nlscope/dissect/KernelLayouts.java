package io.nlscope.dissect;

import io.nlscope.capture.KernelRelease;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The struct layouts of a value the kernel renumbered between releases ({@code -nl-struct-by-kernel}: release to
 * type), and which of them a value is read by: the one whose size its length fits, when only one does; else the
 * one the sending kernel's release selects; else, when the release is unknown or lies between two releases known
 * to differ, every layout that fits (a value shown with each reading).
 */
final class KernelLayouts {

    /** One layout (its type, qualified) and the releases known to send it ({@code 6.18, 7.2}). */
    record Layout(String type, StructDecoder decoder, List<KernelRelease> releases) {
        KernelRelease first() { return releases.get(0); }
        /** {@code [as 6.18, 7.2 number it]}: the name of this reading where a value is shown with several. */
        String label() { return "[as " + releasesText() + (releases.size() == 1 ? " numbers it]" : " number it]"); }

        /** {@code 6.18, 7.2}. */
        String releasesText() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < releases.size(); i++) b.append(i == 0 ? "" : ", ").append(releases.get(i).version());
            return b.toString();
        }
    }

    private final List<Layout> layouts;   // by first release, oldest first
    private final StructDecoder smallest;

    private KernelLayouts(List<Layout> layouts) {
        this.layouts = List.copyOf(layouts);
        StructDecoder s = null;
        for (Layout l : layouts) if (s == null || l.decoder.size() < s.size()) s = l.decoder;
        this.smallest = s;
    }

    /** From the -nl-struct-by-kernel map of a spec (release text to type name, qualified against {@code spec}). */
    static KernelLayouts of(String spec, Map<String, String> byRelease) {
        Map<KernelRelease, String> sorted = new TreeMap<>();
        byRelease.forEach((r, type) -> sorted.put(KernelRelease.parse(r).orElseThrow(
                () -> new IllegalArgumentException("-nl-struct-by-kernel: " + r + " is no kernel release")), type));
        List<Layout> out = new ArrayList<>();
        Map<String, List<KernelRelease>> byType = new java.util.LinkedHashMap<>();
        sorted.forEach((r, type) -> byType.computeIfAbsent(type, t -> new ArrayList<>()).add(r));
        byType.forEach((type, releases) -> {
            String q = StructDecoder.qualify(spec, type);
            out.add(new Layout(q, StructDecoder.of(q), releases));
        });
        out.sort((a, b) -> a.first().compareTo(b.first()));
        return new KernelLayouts(out);
    }

    /** Every layout, by the first release known to send it. */
    List<Layout> all() { return layouts; }

    /** The smallest layout: what a value must at least hold to be read by any of them. */
    StructDecoder smallest() { return smallest; }

    /** The layouts a value of {@code length} bytes sent by {@code kernel} (null: unknown) is read by; one or more. */
    List<Layout> choose(int length, KernelRelease kernel) {
        List<Layout> fit = new ArrayList<>();
        for (Layout l : layouts) if (l.decoder.size() == length) fit.add(l);
        boolean fits = !fit.isEmpty();
        if (!fits) fit = layouts;   // a length no layout has: the kernel's layout (or the newest), with its tail or cut
        if (fit.size() == 1) return fit;
        if (kernel == null) return fits ? fit : List.of(fit.get(fit.size() - 1));
        if (kernel.compareTo(fit.get(0).first()) <= 0) return List.of(fit.get(0));
        for (int i = 0; i < fit.size(); i++) {
            for (KernelRelease r : fit.get(i).releases()) if (r.compareTo(kernel) == 0) return List.of(fit.get(i));
            if (i + 1 < fit.size() && kernel.compareTo(fit.get(i + 1).first()) < 0) return List.of(fit.get(i), fit.get(i + 1));
        }
        return List.of(fit.get(fit.size() - 1));
    }
}
