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
 * characters exactly (control characters as JSON escapes). The schema is documented in docs/json.md.
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
        int directionAt = buf.size();
        g.writeString(name(m.direction()));
        g.flush();
        int directionEnd = buf.size();
        g.writeBooleanField("direction_inferred", m.directionInferred());
        g.writeStringField("summary", m.summary());
        if (m.problem().isPresent()) g.writeStringField("malformed", m.problem().get());
        g.flush();
        int linkAt = buf.size();
        g.writeArrayFieldStart("fields");
        for (Field fl : m.fields()) field(fl);
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

    private void field(Field f) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", f.name());
        g.writeNumberField("offset", f.offset());
        g.writeNumberField("length", f.length());
        Value v = f.value();
        if (v instanceof Value.Num n) {
            g.writeStringField("kind", "number");
            g.writeFieldName("value");
            if (n.unsigned() && n.value() < 0) g.writeNumber(new java.math.BigInteger(Long.toUnsignedString(n.value())));
            else g.writeNumber(n.value());
        } else if (v instanceof Value.Named n) {
            g.writeStringField("kind", "enum");
            g.writeNumberField("value", n.raw());
            g.writeStringField("symbol", n.name());
        } else if (v instanceof Value.Flags fl) {
            g.writeStringField("kind", "flags");
            g.writeNumberField("value", fl.raw());
            g.writeArrayFieldStart("names");
            for (String s : fl.names()) g.writeString(s);
            g.writeEndArray();
        } else if (v instanceof Value.Text t) {
            g.writeStringField("kind", "text");
            g.writeStringField("value", t.text());
        } else if (v instanceof Value.Address a) {
            g.writeStringField("kind", "address");
            g.writeStringField("family", a.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("value", a.display());
        } else if (v instanceof Value.Nested n) {
            g.writeStringField("kind", "nested");
            g.writeArrayFieldStart("fields");
            for (Field c : n.fields()) field(c);
            g.writeEndArray();
        } else if (v instanceof Value.Raw r) {
            g.writeStringField("kind", "bytes");
            g.writeStringField("hex", HEX.formatHex(r.bytes()));
        } else if (v instanceof Value.Malformed m) {
            g.writeStringField("kind", "malformed");
            g.writeStringField("reason", m.reason());
            g.writeStringField("hex", HEX.formatHex(m.bytes()));
        }
        g.writeEndObject();
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
