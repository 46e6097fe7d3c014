package io.nlscope.capture;

/**
 * What a pcapng section header says about where a capture was made (each null when the file does not say):
 * shb_hardware, shb_os (e.g. {@code Linux 6.1.0-28-amd64}, which `nlscope capture` records: a layout that
 * depends on the kernel version can use it), shb_userappl and the header's first opt_comment.
 */
public record Section(String hardware, String os, String application, String comment) {

    public boolean isEmpty() { return hardware == null && os == null && application == null && comment == null; }

    /** "Linux 6.1.0-28-amd64 on x86_64, written by nlscope 0.1.0 (host nlvm)", of what is known. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (os != null) b.append(os);
        if (hardware != null) b.append(b.length() > 0 ? " on " : "").append(hardware);
        if (application != null) b.append(b.length() > 0 ? ", " : "").append("written by ").append(application);
        if (comment != null) b.append(b.length() > 0 ? " (" + comment + ")" : comment);
        return b.toString();
    }
}
