package io.nlscope.userspec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.MessageKind;
import io.nlscope.dissect.PayloadContext;
import io.nlscope.dissect.ProtocolDissector;
import io.nlscope.dissect.Value;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A user's own netlink protocol, decoded by the parser Kaitai generated from the user's .ksy.
 * The spec's root type is the message body after nlmsghdr; every message of the protocol (types
 * from 16 up) is parsed with it, and the root's seq fields are shown with the spec's names and
 * the generated object's values. Offsets follow from the fields' sizes (fixed sizes, byte array
 * lengths, nested user types' own fields), as {@code StructDecoder} does for built-in structs.
 * Bytes after what the root type reads are shown as {@code trailing}; a payload the parser cannot
 * read (too short, a {@code contents}/{@code valid} check failing) as a malformed field.
 *
 * <p>Hints live in the spec's meta as extension keys: {@code -nl-protocol: 30} (the protocol
 * number), {@code -nl-message-types: {16: OPS_REQUEST, 17: OPS_REPLY}} (type names) and optionally
 * {@code -nl-message-kinds: {16: get, 17: new}} (how flags read). A field's {@code -nl-type: string}
 * shows a byte array as text.
 *
 * <p>The payload is untrusted and the parser is the user's: whatever it does with the bytes, {@link #dissect}
 * throws nothing and keeps every byte. A payload the parser refuses, one whose nesting (a recursive user type)
 * goes deeper than {@link #MAX_DEPTH} levels or deeper than the parser's stack allows, becomes one malformed
 * field over the whole payload, with the reason; a {@code size} larger than the bytes left fails before the
 * parser allocates it. A spec whose own logic never ends (a {@code repeat: eos} of items that read no byte) is
 * the spec's fault and is not caught here.
 */
public final class SpecDissector implements ProtocolDissector {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * How deep nested user types are shown: as deep as the core dissector follows nested attributes
     * (AttributeWalker's 32), so that a user's protocol nests no deeper in the tree, its output or a filter's walk
     * than a built-in one; a payload nested deeper is malformed.
     */
    public static final int MAX_DEPTH = 32;

    private final int protocol;
    private final String name;
    private final Map<Integer, String> typeNames = new HashMap<>();
    private final Map<Integer, MessageKind> kinds = new HashMap<>();
    private final Type root;
    private final Constructor<?> rootCtor;

    /** One type of the spec (the root, or a user type reached through a getter) and its seq. */
    private record Type(String name, List<Member> members) {}

    /** A seq field: getter, fixed size (-1 unknown), and how it reads. */
    private record Member(String id, Method getter, int fixedSize, boolean signed, boolean text, Type userType, boolean optional) {}

    /** A payload nested deeper than {@link #MAX_DEPTH}: it is shown malformed as a whole. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() { super(null, null, false, false); }
    }

    /**
     * The parser's stream over the payload: a {@code size} (or {@code size-eos} of a substream) larger than the
     * bytes left fails before the array is allocated, so a length field of 4 GB costs no memory.
     */
    private static final class PayloadStream extends ByteBufferKaitaiStream {
        PayloadStream(java.nio.ByteBuffer b) { super(b); }

        @Override protected byte[] readBytesNotAligned(long n) {
            if (n < 0 || n > size() - pos()) throw new java.nio.BufferUnderflowException();
            return super.readBytesNotAligned(n);
        }
    }

    private SpecDissector(int protocol, JsonNode spec, Class<?> rootClass) {
        JsonNode meta = spec.path("meta");
        this.protocol = protocol;
        this.name = meta.path("id").asText("user");
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.path("-nl-message-types").fields(); it.hasNext(); ) {
            var e = it.next();
            typeNames.put(Integer.decode(e.getKey()), e.getValue().asText().toUpperCase(Locale.ROOT));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.path("-nl-message-kinds").fields(); it.hasNext(); ) {
            var e = it.next();
            kinds.put(Integer.decode(e.getKey()), kind(e.getValue().asText()));
        }
        Map<String, Type> built = new HashMap<>();
        this.root = type(name, spec, spec, rootClass, built);
        try {
            this.rootCtor = rootClass.getConstructor(KaitaiStream.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(rootClass + " has no (KaitaiStream) constructor: is the spec's endian fixed (meta: endian: le)?", e);
        }
    }

    /**
     * The dissector of a spec (its YAML text) whose parser is {@code rootClass}; the protocol
     * number is {@code protocol}, or when negative the spec's {@code -nl-protocol}.
     */
    public static SpecDissector of(String specYaml, Class<?> rootClass, int protocol) {
        JsonNode spec;
        try {
            spec = YAML.readTree(specYaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("the spec is not YAML: " + e.getMessage(), e);
        }
        int p = protocol >= 0 ? protocol : specProtocol(spec)
                .orElseThrow(() -> new IllegalArgumentException("the spec has no meta -nl-protocol; give the protocol number"));
        return new SpecDissector(p, spec, rootClass);
    }

    /** As {@link #of(String, Class, int)} with the spec read from a class path resource next to {@code rootClass}. */
    public static SpecDissector ofResource(String resource, Class<?> rootClass) {
        try (InputStream in = rootClass.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no resource " + resource + " next to " + rootClass.getName());
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8), rootClass, -1);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The spec's meta {@code -nl-protocol}, if any. */
    public static Optional<Integer> specProtocol(JsonNode spec) {
        JsonNode p = spec.path("meta").path("-nl-protocol");
        return p.isMissingNode() || p.isNull() ? Optional.empty() : Optional.of(p.isInt() ? p.asInt() : Integer.decode(p.asText()));
    }

    static JsonNode parse(String yaml) throws IOException { return YAML.readTree(yaml); }

    private Type type(String typeName, JsonNode t, JsonNode spec, Class<?> cls, Map<String, Type> built) {
        Type done = built.get(typeName);
        if (done != null) return done;
        List<Member> members = new ArrayList<>();
        Type ty = new Type(typeName, members);
        built.put(typeName, ty);
        for (JsonNode f : t.path("seq")) {
            String id = f.path("id").asText();
            Method getter;
            try {
                getter = cls.getMethod(camel(id, false));
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(cls.getName() + " has no getter for " + id, e);
            }
            String kt = f.path("type").asText("");
            int size = -1;
            boolean signed = false;
            Type user = null;
            if (kt.matches("[us][1248](le|be)?")) {
                size = kt.charAt(1) - '0';
                signed = kt.charAt(0) == 's';
            } else if (kt.matches("f[48](le|be)?")) {
                size = kt.charAt(1) - '0';
            } else if (f.has("contents")) {
                size = f.path("contents").isArray() ? f.path("contents").size() : f.path("contents").asText().length();
            } else if (f.path("size").canConvertToInt()) {
                size = f.path("size").asInt();
            } else if (!kt.isEmpty() && spec.path("types").has(kt) && !f.has("size")) {
                Class<?> sub = getter.getReturnType();
                user = type(kt, spec.path("types").path(kt), spec, sub, built);
            }
            if (f.has("repeat")) size = -1;
            boolean text = "string".equals(f.path("-nl-type").asText()) || kt.equals("str") || kt.equals("strz");
            members.add(new Member(id, getter, size, signed, text, user, f.has("if")));
        }
        return ty;
    }

    private static MessageKind kind(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "get" -> MessageKind.GET;
            case "new" -> MessageKind.NEW;
            case "delete" -> MessageKind.DELETE;
            case "ack" -> MessageKind.ACK;
            default -> MessageKind.OTHER;
        };
    }

    @Override public int protocol() { return protocol; }
    @Override public String name() { return name; }
    @Override public Optional<String> typeName(int type) { return Optional.ofNullable(typeNames.get(type)); }
    @Override public MessageKind kind(int type) { return kinds.getOrDefault(type, MessageKind.OTHER); }

    @Override public String dissect(PayloadContext ctx) {
        if (ctx.length() == 0) return "no payload";
        Object parsed;
        try {
            parsed = rootCtor.newInstance(new PayloadStream(ctx.view(ctx.start(), ctx.end())));
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            String why = c instanceof java.nio.BufferUnderflowException || c instanceof java.io.EOFException
                    ? name + " needs more bytes than the payload's " + ctx.length()
                    : c instanceof StackOverflowError
                    ? name + " nests deeper than its parser's stack allows"
                    : name + " does not parse: " + (c.getMessage() == null ? c.toString() : c.getMessage());
            if (c instanceof Error && !(c instanceof StackOverflowError)) throw (Error) c;   // out of memory: not the payload's
            return malformed(ctx, why);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run the parser of " + name, e);
        }
        int[] pos = {ctx.start(), ctx.start()};
        List<Field> fields;
        try {
            fields = fields(root, parsed, ctx, pos, 0);
        } catch (TooDeep | StackOverflowError e) {
            return malformed(ctx, name + " nests deeper than " + MAX_DEPTH + " levels");
        }
        for (Field f : fields) ctx.add(f);
        String tail = pos[0] >= 0 && pos[0] < ctx.end() ? ctx.addTail(pos[0]) : "";
        String typeName = typeNames.get(ctx.type());
        return (typeName != null ? typeName : name) + tail;
    }

    /** The whole payload as one malformed field of the spec's name. */
    private String malformed(PayloadContext ctx, String why) {
        ctx.add(new Field(name, new Value.Malformed(why, ctx.frame(), ctx.start(), ctx.length()), ctx.start(), ctx.length()));
        return "malformed " + name;
    }

    /**
     * The fields of a parsed object at nesting {@code depth}; {@code pos[0]} is the frame offset of the next field,
     * -1 once unknown (after a field of no fixed size), {@code pos[1]} the last offset known: where the fields
     * whose place is unknown are shown, with no bytes.
     */
    private List<Field> fields(Type t, Object obj, PayloadContext ctx, int[] pos, int depth) {
        if (depth > MAX_DEPTH) throw new TooDeep();
        List<Field> out = new ArrayList<>(t.members().size());
        for (Member m : t.members()) {
            Object v;
            try {
                v = m.getter().invoke(obj);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + t.name() + "." + m.id(), e);
            }
            if (v == null && m.optional()) continue;   // its `if` left it out: no bytes of its own
            int at = pos[0] >= 0 ? pos[0] : pos[1];
            if (m.userType() != null && v != null) {
                int start = pos[0];
                List<Field> inner = fields(m.userType(), v, ctx, pos, depth + 1);
                int len = start >= 0 && pos[0] >= 0 ? pos[0] - start : 0;
                out.add(new Field(m.id(), new Value.Nested(inner), at, len));
                continue;
            }
            int size = m.fixedSize();
            if (v instanceof byte[] b) size = b.length;
            else if (size < 0 && v instanceof String s && m.text()) size = -1;
            Value value = value(m, v, ctx, pos[0], size);
            boolean known = pos[0] >= 0 && size >= 0 && pos[0] + size <= ctx.end();
            out.add(new Field(m.id(), value, at, known ? size : 0));
            pos[1] = at;
            pos[0] = known ? pos[0] + size : -1;
        }
        return out;
    }

    private static Value value(Member m, Object v, PayloadContext ctx, int at, int size) {
        if (v == null) {   // an enum value the spec does not name: the raw number from the frame
            if (at >= 0 && size > 0 && size <= 8 && at + size <= ctx.end()) return Value.Num.of(raw(ctx, at, size));
            return new Value.Text("?");
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            long x = ((Number) v).longValue();
            if (!m.signed() && m.fixedSize() > 0 && m.fixedSize() < 8) x &= (1L << (8 * m.fixedSize())) - 1;
            return m.signed() ? Value.Num.signed(x) : Value.Num.of(x);
        }
        if (v instanceof Number n) return new Value.Text(n.toString());
        if (v instanceof Boolean b) return Value.Num.of(b ? 1 : 0);
        if (v instanceof Enum<?> e) {
            long id;
            try {
                id = ((Number) e.getClass().getMethod("id").invoke(e)).longValue();
            } catch (ReflectiveOperationException ex) {
                id = e.ordinal();
            }
            return new Value.Named(id, e.name().toUpperCase(Locale.ROOT));
        }
        if (v instanceof String s) return new Value.Text(s);
        if (v instanceof byte[] b) {
            if (m.text()) {
                int end = b.length;
                while (end > 0 && b[end - 1] == 0) end--;
                return new Value.Text(new String(b, 0, end, StandardCharsets.UTF_8));
            }
            return at >= 0 && at + b.length <= ctx.end() ? ctx.raw(at, at + b.length) : Value.Raw.of(b);
        }
        if (v instanceof List<?> list) {
            List<Field> items = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object x = list.get(i);
                items.add(new Field(m.id() + "[" + i + "]", value(new Member(m.id(), m.getter(), -1, m.signed(), m.text(), null, false), x, ctx, -1, -1), at < 0 ? ctx.start() : at, 0));
            }
            return new Value.Nested(items);
        }
        return new Value.Text(String.valueOf(v));
    }

    private static long raw(PayloadContext ctx, int at, int size) {
        var b = ctx.frame();
        long x = 0;
        for (int i = 0; i < size; i++) {
            int k = ctx.littleEndian() ? size - 1 - i : i;
            x = (x << 8) | (b.get(at + k) & 0xff);
        }
        return x;
    }

    /** Kaitai's Java names: {@code msg_len} to {@code msgLen} (getters) or {@code MsgLen} (classes). */
    static String camel(String id, boolean upperFirst) {
        StringBuilder sb = new StringBuilder();
        boolean up = upperFirst;
        for (char c : id.toCharArray()) {
            if (c == '_') { up = true; continue; }
            sb.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return sb.toString();
    }
}
