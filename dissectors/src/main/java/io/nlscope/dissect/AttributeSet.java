package io.nlscope.dissect;

import java.util.Optional;

/**
 * An attribute set: the names of the attribute types and how each value is read, as a spec's
 * enum states them ({@code -nl-type}: u8, u16, u32, u64, s8..s64, string, binary, flag,
 * ipv4, ipv6, lladdr, nest with {@code -nl-nest} naming the inner set; {@code -nl-enum} names
 * an enum for the value).
 */
public record AttributeSet(SpecTables.EnumTable table) {

    public static AttributeSet of(String qualifiedEnum) {
        return new AttributeSet(SpecTables.enumTable(qualifiedEnum));
    }

    public Optional<SpecTables.Entry> entry(int type) { return table.get(type); }

    /** The set of the attributes nested in this one, if the table names one. */
    public Optional<AttributeSet> nested(SpecTables.Entry e) {
        return e.ext("nest").map(n -> of(n.contains(".") ? n : specOf() + "." + n));
    }

    /** The enum for this attribute's value, if the table names one. */
    public Optional<SpecTables.EnumTable> valueEnum(SpecTables.Entry e) {
        return e.ext("enum").map(n -> SpecTables.enumTable(n.contains(".") ? n : specOf() + "." + n));
    }

    private String specOf() {
        String q = table.qualifiedName();
        return q.substring(0, q.indexOf('.'));
    }
}
