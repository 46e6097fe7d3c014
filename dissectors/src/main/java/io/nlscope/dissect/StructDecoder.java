package io.nlscope.dissect;

import io.nlscope.ksy.tree.SpecTree;
import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes a fixed-layout struct (ifinfomsg, rtmsg, ifa_cacheinfo ...) with the parser Kaitai
 * generated for it, and names its fields as the spec does. A struct is a type in a spec whose
 * seq holds fixed-size fields (u1..u8, s1..s8, or {@code size: N} bytes); each field may carry
 * {@code -nl-enum}, {@code -nl-flags} or {@code -nl-type} (ipv4, ipv6, ipaddr, lladdr, string)
 * saying how its value reads. Field offsets follow from the sizes, as in the C struct.
 */
public final class StructDecoder {

    /**
     * One member; {@code entryType} (-nl-entry-type) makes a {@code size: N} member an array of such values, as many as
     * the member {@code countIndex} (-nl-count, -1 for all that fit) says.
     */
    private record Member(String name, MethodHandle getter, int offset, int size, boolean signed, String nlType,
                          SpecTables.EnumTable enumTable, SpecTables.EnumTable flagsTable, String entryType, int countIndex) {}

    private final String name;
    private final MethodHandle constructor;   // (KaitaiStream, KaitaiStruct, root, boolean) -> struct
    private final Member[] members;
    private final int size;
    private final boolean grows;

    private static final Map<String, StructDecoder> CACHE = new ConcurrentHashMap<>();

    private StructDecoder(String name, MethodHandle constructor, List<Member> members, int size, boolean grows) {
        this.name = name;
        this.constructor = constructor;
        this.members = members.toArray(new Member[0]);
        this.size = size;
        this.grows = grows;
    }

    /** The decoder of {@code spec.type}, e.g. {@code rtnetlink_link.ifinfomsg}. */
    public static StructDecoder of(String qualifiedType) {
        return CACHE.computeIfAbsent(qualifiedType, StructDecoder::load);
    }

    /** The struct's name (the spec's type id). */
    public String name() { return name; }

    /** The offset of the field {@code id} in the struct (resolved once by callers, not per message). */
    int memberOffset(String id) { return member(id).offset(); }

    /** The size of the field {@code id}. */
    int memberSize(String id) { return member(id).size(); }

    private Member member(String id) {
        for (Member m : members) if (m.name().equals(id)) return m;
        throw new IllegalArgumentException(name + " has no field " + id);
    }

    /** Its size in bytes, without trailing alignment. */
    public int size() { return size; }

    /**
     * The struct's fields over [start, start + size) of the frame (callers check the length
     * first). The list is an immutable view: the generated parser reads the struct when a member
     * is first asked for, so a caller that never looks inside (counting, pairing, -T none) pays
     * nothing for the members of large structs such as ipv6_devconf.
     */
    public List<Field> decode(ByteBuffer frame, int start, boolean le) {
        return new StructFields(this, frame, start, le, members.length);
    }

    /**
     * Whether the kernel appends members to this struct from one version to the next (-nl-grows: ipv6_devconf, one
     * s32 per DEVCONF_*): an older kernel's shorter value holds its first members, not a damaged struct.
     */
    boolean grows() { return grows; }

    /** How many members lie wholly within the first {@code length} bytes. */
    int membersWithin(int length) {
        int n = 0;
        while (n < members.length && members[n].offset + members[n].size <= length) n++;
        return n;
    }

    /** The members of a growing struct sent shorter ({@link #grows()}): those wholly within [start, start + length). */
    List<Field> decodePrefix(ByteBuffer frame, int start, int length, boolean le) {
        return new StructFields(this, frame, start, le, membersWithin(length));
    }

    int memberCount() { return members.length; }

    private volatile int[] keyMembers;

    /** The members {@link Keys} looks for (their indexes), found once. */
    int[] keyMembers() {
        int[] k = keyMembers;
        if (k == null) {
            int n = 0;
            int[] all = new int[members.length];
            for (int i = 0; i < members.length; i++) if (Keys.wanted(members[i].name()) >= 0) all[n++] = i;
            keyMembers = k = java.util.Arrays.copyOf(all, n);
        }
        return k;
    }

    /** Runs the generated parser over the struct's bytes. */
    Object parse(ByteBuffer frame, int start, boolean le) {
        try {
            ByteBuffer bytes;
            if (start + size <= frame.limit()) bytes = frame.slice(start, size);
            else {   // a growing struct sent shorter: the parser reads zeros past its end, which no member shown covers
                bytes = ByteBuffer.allocate(size);
                bytes.put(frame.slice(start, Math.max(0, frame.limit() - start))).clear();
            }
            KaitaiStream io = new ByteBufferKaitaiStream(bytes);
            return (Object) constructor.invokeExact(io, (Object) null, (Object) null, le);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot run the parser of " + name, t);
        }
    }

    /** Member {@code i} of a parsed struct, as a field of the frame. */
    Field member(Object parsed, int i, ByteBuffer frame, int start, boolean le) {
        Member m = members[i];
        Value v;
        if (m.entryType != null) {
            v = entries(m, m.countIndex < 0 ? Long.MAX_VALUE : read(parsed, members[m.countIndex]), frame, start, le);
        } else if (m.getter == null) {   // bytes: the field's region of the frame, no copy
            v = m.nlType != null ? AttributeWalker.scalar(frame, start + m.offset, start + m.offset + m.size, le, m.nlType, null)
                    : new Value.Raw(frame, start + m.offset, m.size);
        } else {
            v = number(m, read(parsed, m));
        }
        return new Field(m.name, v, start + m.offset, m.size);
    }

    /** A numeric member of a parsed struct. */
    private long read(Object parsed, Member m) {
        try {
            return (long) m.getter.invokeExact(parsed);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot read " + name + "." + m.name, t);
        }
    }

    /**
     * An array member: its first {@code count} values numbered [0], [1] ... (named by the member's -nl-enum or
     * -nl-flags), then the bytes after them as "unused" (audit_rule_data's fields[64] holds field_count ids).
     */
    private static Value entries(Member m, long count, ByteBuffer frame, int start, boolean le) {
        FieldList.Builder out = new FieldList.Builder();
        int end = start + m.offset + m.size;
        int at = AttributeWalker.addScalars(out, frame, start + m.offset, end, le, m.entryType, m.enumTable, m.flagsTable, count);
        if (at < end) out.add(new Field("unused", new Value.Raw(frame, at, end - at), at, end - at));
        return new Value.Nested(out.build());
    }

    private static Value number(Member m, long x) {
        if (!m.signed && m.size < 8) x &= (1L << (8 * m.size)) - 1;
        if (m.flagsTable != null) return NlFlags.bits(x, m.flagsTable);
        if (m.enumTable != null) {
            String n = m.enumTable.nameOrNull(x);
            if (n != null) return new Value.Named(x, n);
        }
        return m.signed ? Value.Num.signed(x) : Value.Num.of(x);
    }

    private static StructDecoder load(String qualifiedType) {
        int dot = qualifiedType.indexOf('.');
        if (dot < 0) throw new IllegalArgumentException("struct name must be spec.type: " + qualifiedType);
        String spec = qualifiedType.substring(0, dot), type = qualifiedType.substring(dot + 1);
        SpecTree t = SpecTables.spec(spec).path("types").path(type);
        if (!t.isObject()) throw new IllegalArgumentException("spec " + spec + ".ksy has no type " + type);
        try {
            Class<?> root = Class.forName("io.nlscope.ksy." + camel(spec, true));
            Class<?> cls = Class.forName(root.getName() + "$" + camel(type, true));
            Constructor<?> c = null;
            for (Constructor<?> k : cls.getConstructors()) if (k.getParameterCount() == 4) c = k;
            if (c == null) throw new IllegalArgumentException(cls + " has no (io, parent, root, is_le) constructor");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle ctor = lookup.unreflectConstructor(c)
                    .asType(MethodType.methodType(Object.class, KaitaiStream.class, Object.class, Object.class, boolean.class));
            List<Member> members = new ArrayList<>();
            int offset = 0;
            for (SpecTree f : t.path("seq")) {
                String id = f.path("id").asText();
                int size;
                boolean signed = false;
                String kt = f.path("type").asText("");
                if (kt.matches("[us][1248](le|be)?")) {
                    size = kt.charAt(1) - '0';
                    signed = kt.charAt(0) == 's';
                } else if (f.has("size") && f.path("size").canConvertToInt()) {
                    size = f.path("size").asInt();
                } else {
                    throw new IllegalArgumentException(qualifiedType + "." + id + " is not a fixed-size field");
                }
                Class<?> rt = cls.getMethod(camel(id, false)).getReturnType();
                // numbers are read through a handle typed (Object)long so the call needs no boxing; bytes are not read
                MethodHandle getter = rt == byte[].class ? null : lookup.findVirtual(cls, camel(id, false), MethodType.methodType(rt))
                        .asType(MethodType.methodType(long.class, Object.class));
                SpecTables.EnumTable en = f.has("-nl-enum") ? SpecTables.enumTable(qualify(spec, f.path("-nl-enum").asText())) : null;
                SpecTables.EnumTable fl = f.has("-nl-flags") ? SpecTables.enumTable(qualify(spec, f.path("-nl-flags").asText())) : null;
                String nlType = f.has("-nl-type") ? f.path("-nl-type").asText() : null;
                String entryType = f.has("-nl-entry-type") ? f.path("-nl-entry-type").asText() : null;
                int countIndex = -1;
                if (f.has("-nl-count"))
                    for (int i = 0; i < members.size(); i++) if (members.get(i).name().equals(f.path("-nl-count").asText())) countIndex = i;
                members.add(new Member(id, getter, offset, size, signed, nlType, en, fl, entryType, countIndex));
                offset += size;
            }
            return new StructDecoder(type, ctor, List.copyOf(members), offset, t.path("-nl-grows").asText("").equals("true"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no generated parser for " + qualifiedType + ": " + e, e);
        }
    }

    static String qualify(String spec, String name) { return name.contains(".") ? name : spec + "." + name; }

    /** Kaitai's Java names: ifi_family -> ifiFamily (fields), rtnetlink_link -> RtnetlinkLink (types). */
    static String camel(String id, boolean upperFirst) {
        StringBuilder sb = new StringBuilder();
        boolean up = upperFirst;
        for (char ch : id.toCharArray()) {
            if (ch == '_') { up = true; continue; }
            sb.append(up ? Character.toUpperCase(ch) : ch);
            up = false;
        }
        return sb.toString().toLowerCase(Locale.ROOT).equals(sb.toString()) && upperFirst
                ? Character.toUpperCase(sb.charAt(0)) + sb.substring(1) : sb.toString();
    }
}
