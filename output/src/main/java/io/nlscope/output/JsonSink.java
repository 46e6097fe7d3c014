package io.nlscope.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlscope.dissect.Direction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * -T json / -T ndjson: each message rendered with Jackson's streaming generator into a record of
 * its own, so memory stays flat and pairing can hold records instead of trees. Strings keep their
 * characters exactly: control characters as JSON escapes, and a lone surrogate (a captured byte that is no
 * UTF-8, U+DC80..U+DCFF) as its JSON escape (backslash, u, dcXX), so that every string reads back as the text that was
 * decoded (and, with Python's "surrogateescape", as the captured bytes). The schema is documented in docs/json.md.
 */
public final class JsonSink implements MessageSink {
    public static final int SCHEMA_VERSION = 1;
    private static final HexFormat HEX = HexFormat.of();
    private static final JsonFactory FACTORY = new JsonFactory();
    private final OutputStream os;
    private final boolean ndjson;
    /** A record's bytes, handed to pairing without a copy ({@link Rendered}: valid until the next record). */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) { super(size); }
        byte[] array() { return buf; }
    }
    private final Buffer buf = new Buffer(4096), linkBuf = new Buffer(512);
    private final JsonGenerator g, lg;
    private boolean first = true;

    /**
     * @param ndjson one message per line; else one document {@code {"schema":1,"file":..,"messages":[..],"warnings":[..]}}
     * @param file   the capture's name, for the document's header
     */
    public JsonSink(OutputStream os, boolean ndjson, String file) throws IOException {
        this.os = os;
        this.ndjson = ndjson;
        this.g = FACTORY.createGenerator(buf, JsonEncoding.UTF8);
        g.setRootValueSeparator(null);
        this.lg = FACTORY.createGenerator(linkBuf, JsonEncoding.UTF8);
        lg.setRootValueSeparator(null);
        if (!ndjson) {
            g.writeStartObject();
            g.writeNumberField("schema", SCHEMA_VERSION);
            g.writeStringField("file", file);
            g.writeEndObject();
            g.flush();
            byte[] head = buf.toByteArray();
            buf.reset();
            os.write(head, 0, head.length - 1);   // without its closing brace: the messages follow
            os.write(",\"messages\":[".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Override public Rendered render(DissectedFrame f, NetlinkMessage m) throws IOException {
        buf.reset();
        g.writeStartObject();
        g.writeNumberField("frame", m.frame());
        g.writeNumberField("time_ns", m.timestampNanos());
        g.writeNumberField("protocol", m.protocol());
        g.writeStringField("protocol_name", m.protocolName());
        g.writeNumberField("index", m.index());
        g.writeNumberField("offset", m.offset());
        g.writeNumberField("length", m.length());
        g.writeNumberField("type", m.type());
        g.writeStringField("type_name", m.typeName());
        g.writeNumberField("flags", m.flags());
        g.writeArrayFieldStart("flag_names");
        for (String n : m.flagNames()) g.writeString(n);
        g.writeEndArray();
        g.writeNumberField("seq", m.seq());
        g.writeNumberField("pid", m.pid());
        g.writeFieldName("direction");
        g.flush();
        int directionAt = buf.size() + 1;   // after the ':', which the generator writes with the value
        g.writeString(name(m.direction()));
        g.flush();
        int directionEnd = buf.size();
        g.writeBooleanField("direction_inferred", m.directionInferred());
        g.writeStringField("summary", m.summary());
        if (m.problem().isPresent()) g.writeStringField("malformed", m.problem().get());
        if (!f.comments().isEmpty()) {   // what the capture recorded with the frame (pcapng opt_comment)
            g.writeArrayFieldStart("frame_comments");
            for (String c : f.comments()) g.writeString(c);
            g.writeEndArray();
        }
        g.flush();
        int linkAt = buf.size();
        g.writeArrayFieldStart("fields");
        g.flush();
        fj.clear();
        fields(m.fields());
        buf.write(fj.array(), 0, fj.length());
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        return new Rendered(buf.array(), buf.size(), directionAt, directionEnd, linkAt, m.direction());
    }

    private static String name(Direction d) { return d.name().toLowerCase(Locale.ROOT); }

    @Override public void write(Rendered r, Link link) throws IOException {
        if (!ndjson && !first) os.write(',');
        first = false;
        byte[] b = r.bytes();
        int o = r.offset();
        if (link == null) {
            os.write(b, o, r.length());
        } else {
            Direction d = link.direction(r.direction());
            if (d != r.direction()) {
                os.write(b, o, r.directionAt());
                os.write(('"' + name(d) + '"').getBytes(StandardCharsets.US_ASCII));
                os.write(b, o + r.directionEnd(), r.linkAt() - r.directionEnd());
            } else {
                os.write(b, o, r.linkAt());
            }
            linkBuf.reset();
            lg.writeStartObject();
            link.write(lg);
            lg.writeEndObject();
            lg.flush();
            os.write(',');
            os.write(linkBuf.array(), 1, linkBuf.size() - 2);   // "pairing":{...} without the braces around it
            os.write(b, o + r.linkAt(), r.length() - r.linkAt());
        }
        if (ndjson) os.write('\n');
    }

    @Override public void write(byte[] raw, int offset, int length) throws IOException { if (length > 0) os.write(raw, offset, length); }

    // ---- the fields: written as bytes straight into a buffer (no generator state per value), each
    // field name's {"name":"...","offset": made once; strings escaped as the generator escapes them

    private final TextBuffer fj = new TextBuffer(4096, false);

    private static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }

    private static final byte[] LENGTH = ascii(",\"length\":"), K_NUMBER = ascii(",\"kind\":\"number\",\"value\":"),
            K_ENUM = ascii(",\"kind\":\"enum\",\"value\":"), SYMBOL = ascii(",\"symbol\":"),
            K_FLAGS = ascii(",\"kind\":\"flags\",\"value\":"), NAMES = ascii(",\"names\":["),
            K_TEXT = ascii(",\"kind\":\"text\",\"value\":"), K_NESTED = ascii(",\"kind\":\"nested\",\"fields\":["),
            K_BYTES = ascii(",\"kind\":\"bytes\",\"hex\":\""), K_MALFORMED = ascii(",\"kind\":\"malformed\",\"reason\":"),
            K_CUT = ascii(",\"kind\":\"cut\",\"claimed\":"),
            HEX_KEY = ascii(",\"hex\":\""), VALUE = ascii(",\"value\":");
    private static final byte[][] K_ADDRESS = new byte[Value.Address.Kind.values().length][];
    static {
        for (Value.Address.Kind k : Value.Address.Kind.values())
            K_ADDRESS[k.ordinal()] = ascii(",\"kind\":\"address\",\"family\":\"" + k.name().toLowerCase(Locale.ROOT) + "\",\"value\":");
    }

    /** {"name":"NAME","offset": of each field name, and "NAME" of each enum and flag name, made once per name. */
    private final NameCache prefixes = new NameCache(2048, (name, unused) -> {
        TextBuffer t = new TextBuffer(name.length() + 24, false).append(ascii("{\"name\":"));
        string(t, name);
        return t.append(ascii(",\"offset\":")).toArray();
    });
    private final NameCache quoted = new NameCache(2048, (name, unused) -> {
        TextBuffer t = new TextBuffer(name.length() + 4, false);
        string(t, name);
        return t.toArray();
    });

    private byte[] prefix(String name) { return prefixes.get(name, 0); }

    private void name(String s) { fj.append(quoted.get(s, 0)); }

    private void string(String s) { string(fj, s); }

    /** A JSON string into {@code t}: printable ASCII as it is, everything else as Jackson's generator writes it. */
    static void string(TextBuffer fj, String s) {
        int n = s.length();
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            char c = s.charAt(i);
            plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
        }
        fj.ascii('"');
        if (plain) {
            fj.text(s);
        } else {
            var enc = com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();
            // a lone surrogate (a captured byte that is no UTF-8, U+DC80..U+DCFF) has no UTF-8 form: written as its
            // JSON escape, as Jackson's generator writes it, so the string reads back exactly as it was
            int from = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (!Character.isSurrogate(c)) continue;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) { i++; continue; }
                byte[] q = enc.quoteAsUTF8(s.substring(from, i));
                fj.append(q, 0, q.length).ascii('\\').ascii('u').hex4(c);
                from = i + 1;
            }
            byte[] q = enc.quoteAsUTF8(from == 0 ? s : s.substring(from));
            fj.append(q, 0, q.length);
        }
        fj.ascii('"');
    }

    private void fields(List<Field> fs) {
        for (int i = 0, n = fs.size(); i < n; i++) {
            if (i > 0) fj.ascii(',');
            field(fs.get(i));
        }
    }

    private void field(Field f) {
        fj.append(prefix(f.name()));
        fj.num(f.offset()).append(LENGTH).num(f.length());
        Value v = f.value();
        if (v instanceof Value.Num n) {
            fj.append(K_NUMBER);
            if (n.unsigned()) fj.unsigned(n.value()); else fj.num(n.value());
        } else if (v instanceof Value.Named n) {
            fj.append(K_ENUM).num(n.raw()).append(SYMBOL);
            name(n.name());
        } else if (v instanceof Value.Flags fl) {
            fj.append(K_FLAGS).num(fl.raw()).append(NAMES);
            List<String> names = fl.names();
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) fj.ascii(',');
                name(names.get(i));
            }
            fj.ascii(']');
        } else if (v instanceof Value.Text t) {
            fj.append(K_TEXT);
            string(t.text());
        } else if (v instanceof Value.Address a) {
            fj.append(K_ADDRESS[a.kind().ordinal()]);
            string(a.display());
        } else if (v instanceof Value.Nested n) {
            fj.append(K_NESTED);
            fields(n.fields());
            fj.ascii(']');
        } else if (v instanceof Value.Raw r) {
            fj.append(K_BYTES).text(HEX.formatHex(r.bytes())).ascii('"');
        } else if (v instanceof Value.Malformed m) {
            fj.append(K_MALFORMED);
            string(m.reason());
            fj.append(HEX_KEY).text(HEX.formatHex(m.bytes())).ascii('"');
        } else if (v instanceof Value.Cut c) {   // the captured bytes of an item the snapshot length cut; claimed: its whole length
            fj.append(K_CUT).text(Long.toString(c.claimed()));
            fj.append(HEX_KEY).text(HEX.formatHex(c.bytes())).ascii('"');
        }
        fj.ascii('}');
    }

    @Override public void end(List<String> warnings) throws IOException {
        if (!ndjson) {
            os.write(']');
            buf.reset();
            g.writeStartObject();
            g.writeArrayFieldStart("warnings");
            for (String w : warnings) g.writeString(w);
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            byte[] l = buf.toByteArray();
            buf.reset();
            os.write(',');
            os.write(l, 1, l.length - 1);   // "warnings":[...]} : the document's closing brace
            os.write('\n');
        }
        os.flush();
    }
}
