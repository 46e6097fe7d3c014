package io.nlscope.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.Direction;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * -T json / -T ndjson, written with Jackson's streaming generator so memory stays flat.
 * The schema is documented in docs/json.md.
 */
final class JsonSink implements MessageSink {
    static final int SCHEMA_VERSION = 1;
    private static final HexFormat HEX = HexFormat.of();
    private final JsonGenerator g;
    private final boolean ndjson;

    JsonSink(OutputStream os, boolean ndjson, String file) throws IOException {
        this.ndjson = ndjson;
        this.g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (ndjson) {
            g.setRootValueSeparator(null);   // each message ends with its own newline
        } else {
            g.writeStartObject();
            g.writeNumberField("schema", SCHEMA_VERSION);
            g.writeStringField("file", file);
            g.writeArrayFieldStart("messages");
        }
    }

    @Override public void message(DissectedFrame f, NetlinkMessage m, Link link) throws IOException {
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
        g.writeStringField("direction", (link != null ? link.direction(m) : m.direction())
                .name().toLowerCase(Locale.ROOT));
        g.writeBooleanField("direction_inferred", m.directionInferred());
        g.writeStringField("summary", m.summary());
        if (m.problem().isPresent()) g.writeStringField("malformed", m.problem().get());
        if (link != null) link.write(g);
        g.writeArrayFieldStart("fields");
        for (Field fl : m.fields()) field(fl);
        g.writeEndArray();
        g.writeEndObject();
        if (ndjson) g.writeRaw('\n');
    }

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
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (String w : warnings) g.writeString(w);
            g.writeEndArray();
            g.writeEndObject();
        }
        if (!ndjson) g.writeRaw('\n');
        g.flush();
    }
}
