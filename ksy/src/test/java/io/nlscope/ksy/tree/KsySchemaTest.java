package io.nlscope.ksy.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The -nl-* keys' schema: the specs follow it, it catches what it is for, and README documents every key. */
class KsySchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path KSY = Path.of(System.getProperty("user.dir"));   // the ksy module

    private static SpecSchema schema() throws IOException {
        return new SpecSchema(YAML.readTree(KSY.resolve("schema/nl-keys.yaml").toFile()));
    }

    private static Map<String, JsonNode> specs() throws IOException {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(KSY.resolve("specs"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".ksy")).sorted().toList())
                m.put(p.getFileName().toString().replace(".ksy", ""), YAML.readTree(p.toFile()));
        }
        return m;
    }

    private static List<String> problemsWith(String yaml) throws IOException {
        Map<String, JsonNode> m = specs();
        m.put("probe", YAML.readTree(yaml));
        return schema().check(m).stream().filter(p -> p.contains("probe.ksy")).toList();
    }

    @Test
    void everySpecFollowsTheSchema() throws IOException {
        assertEquals(List.of(), schema().check(specs()));
    }

    @Test
    void readmeDocumentsEveryKey() throws IOException {
        String readme = Files.readString(KSY.resolve("README.md"));
        List<String> missing = schema().keys().stream().filter(k -> !readme.contains("`" + k)).toList();
        assertEquals(List.of(), missing, "keys ksy/README.md does not document");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> s = Files.list(KSY.resolve("specs"))) {
            for (Path f : s.filter(f -> f.toString().endsWith(".ksy")).toList()) all.append(Files.readString(f));
        }
        List<String> unused = schema().keys().stream().filter(k -> !all.toString().contains(k + ":")).toList();
        assertEquals(List.of(), unused, "keys of the schema no spec uses");
    }

    @Test
    void aMisspeltKeyIsRefused() throws IOException {
        List<String> p = problemsWith("enums:\n  probe_attr:\n    1: {id: probe_a, -nl-tpye: u32}\n");
        assertEquals(List.of("ksy/specs/probe.ksy: enum probe_attr entry 1 (probe_a) has the unknown key -nl-tpye (ksy/schema/nl-keys.yaml lists the keys)."), p);
    }

    @Test
    void aKeyInTheWrongPlaceOrWithAWrongValueIsRefused() throws IOException {
        List<String> p = problemsWith("""
                types:
                  hdr:
                    -nl-kind: get
                    seq:
                      - {id: a, type: u4, -nl-grows: true}
                enums:
                  probe_attr:
                    1: {id: probe_a, -nl-type: u23}
                    2: {id: probe_b, -nl-type: nest, -nl-nest: no_such_set}
                    3: {id: probe_c, -nl-type: submsg, -nl-selector: PROBE_KIND, -nl-submsg: {x: no_such}}
                    4: {id: probe_d, -nl-type: struct, -nl-struct: hdr, -nl-length-field: len}
                    5: {id: probe_encap_type, -nl-type: u16, -nl-enum: probe_encap}
                    6: {id: probe_encap, -nl-type: submsg, -nl-selector: PROBE_ENCAP_TYPE, -nl-submsg: {PROBE_ENCAP_A: probe_attr, probe_encap_b: probe_attr}}
                  probe_encap:
                    1: probe_encap_a
                    2: probe_encap_b
                  probe_type:
                    16: {id: probe_get, -nl-kind: get, -nl-fixed-header: hdr, -nl-fixed-length: 8}
                """);
        assertEquals(List.of(
                "ksy/specs/probe.ksy: enum probe_attr entry 1 (probe_a) has -nl-type: u23, not one of [binary, flag, ipaddr, ipv4, ipv6, lladdr, nest, nest-array, s16, s32, s64, s8, sint, string, struct, struct-array, struct-attrs, struct-attrs-array, submsg, u16, u32, u64, u8, uint].",
                "ksy/specs/probe.ksy: enum probe_attr entry 2 (probe_b) has -nl-nest: no_such_set, which names no enum of probe (another spec's: SPEC.NAME).",
                "ksy/specs/probe.ksy: enum probe_attr entry 3 (probe_c) has -nl-selector: PROBE_KIND, which names no attribute of its own set (in upper case).",
                "ksy/specs/probe.ksy: enum probe_attr entry 3 (probe_c) has -nl-submsg x: no_such, which names no enum or type of probe (another spec's: SPEC.NAME).",
                "ksy/specs/probe.ksy: enum probe_attr entry 4 (probe_d) has -nl-length-field: len, which is no member of its -nl-struct hdr.",
                "ksy/specs/probe.ksy: enum probe_attr entry 6 (probe_encap) has -nl-submsg probe_encap_b, which is no name of PROBE_ENCAP_TYPE's -nl-enum probe_encap.",
                "ksy/specs/probe.ksy: enum probe_type entry 16 (probe_get) has -nl-fixed-length, which the build derives from -nl-fixed-header (its size aligned to 4): leave it out.",
                "ksy/specs/probe.ksy: type hdr has -nl-kind, which may stand only on [enum-entry].",
                "ksy/specs/probe.ksy: type hdr field a has -nl-grows, which may stand only on [type]."), p);
    }

    @Test
    void anEnumKeyThatIsNoNumberIsRefused() throws IOException {
        assertEquals(List.of("ksy/specs/probe.ksy: enum probe_attr has a key that is no number: one."),
                problemsWith("enums:\n  probe_attr:\n    one: {id: probe_a}\n"));
    }

    @Test
    void referencesAcrossSpecsResolve() throws IOException {
        assertEquals(List.of(), problemsWith("enums:\n  probe_type:\n    16: {id: probe_get, -nl-kind: get, -nl-fixed-header: rtnetlink_message.rtgenmsg, -nl-attrs: rtnetlink_link.ifla_attr}\n"));
        assertEquals(1, problemsWith("enums:\n  probe_type:\n    16: {id: probe_get, -nl-attrs: rtnetlink_link.ifla_atr}\n").size());
    }

    @Test
    void whereTheAttributesStartIsDerivedFromTheFixedHeader() throws IOException {
        Map<String, JsonNode> m = specs();
        m.put("probe", YAML.readTree("""
                types:
                  hdr: {seq: [{id: a, type: u1}, {id: b, type: u2}, {id: c, size: 2}]}
                  open_ended: {seq: [{id: a, type: u4}, {id: rest, type: strz}]}
                enums:
                  probe_attr: {1: probe_a}
                  probe_type:
                    16: {id: probe_get, -nl-kind: get, -nl-fixed-header: hdr, -nl-attrs: probe_attr}
                    17: {id: probe_text, -nl-kind: other, -nl-fixed-header: hdr}
                    18: {id: probe_odd, -nl-kind: get, -nl-fixed-header: open_ended, -nl-attrs: probe_attr}
                """));
        SpecSchema schema = schema();
        assertEquals(List.of(), schema.check(m).stream().filter(p -> p.contains("probe.ksy")).toList());
        List<String> problems = schema.derive(m);
        JsonNode types = m.get("probe").path("enums").path("probe_type");
        assertEquals(8, types.path("16").path("-nl-fixed-length").asInt(), "5 bytes of hdr aligned to 4");
        assertEquals(false, types.path("17").has("-nl-fixed-length"), "no attributes follow, nothing to derive");
        assertEquals(List.of("ksy/specs/probe.ksy: enum probe_type entry probe_odd has the -nl-fixed-header open_ended, "
                + "which is no struct of fixed-size members, so where its attributes start cannot be derived."), problems);
        // the real specs: rtnetlink's ifinfomsg is 16 bytes, xfrm_usersa_info 224, crypto_user_alg 208
        Map<String, JsonNode> real = specs();
        assertEquals(List.of(), schema.derive(real));
        assertEquals(16, real.get("rtnetlink_message").path("enums").path("rtm_type").path("16").path("-nl-fixed-length").asInt());
        assertEquals(224, real.get("xfrm_message").path("enums").path("xfrm_msg_type").path("0x10").path("-nl-fixed-length").asInt());
        assertEquals(208, real.get("crypto_message").path("enums").path("crypto_msg_type").path("0x10").path("-nl-fixed-length").asInt());
    }

    @Test
    void aNamedSubMessageServesEveryAttributeThatNamesIt() throws IOException {
        Map<String, JsonNode> m = specs();
        m.put("probe", YAML.readTree("""
                -nl-sub-messages:
                  by_family: {AF_INET: ip4, AF_INET6: rtnetlink_route.lwtunnel_ip6_attr}
                types:
                  ip4: {seq: [{id: addr, type: u4}]}
                enums:
                  probe_attr:
                    1: {id: probe_af, -nl-type: u16, -nl-enum: linux_common.address_family}
                    2: {id: probe_addr, -nl-type: submsg, -nl-selector: PROBE_AF, -nl-submsg: by_family}
                    3: {id: probe_encap, -nl-type: submsg, -nl-selector: PROBE_ENCAP_TYPE, -nl-submsg: rtnetlink_route.lwtunnel_encap}
                    4: {id: probe_encap_type, -nl-type: u16, -nl-enum: rtnetlink_route.lwtunnel_encap_types}
                    5: {id: probe_lost, -nl-type: submsg, -nl-selector: PROBE_AF, -nl-submsg: no_such}
                """));
        SpecSchema schema = schema();
        assertEquals(List.of("ksy/specs/probe.ksy: enum probe_attr entry 5 (probe_lost) has -nl-submsg: no_such, which names no "
                + "-nl-sub-messages entry of probe (another spec's: SPEC.NAME)."), schema.check(m).stream().filter(p -> p.contains("probe.ksy")).toList());
        ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("probe").path("enums").path("probe_attr")).remove("5");
        assertEquals(List.of(), schema.derive(m));
        JsonNode attrs = m.get("probe").path("enums").path("probe_attr");
        // the build puts the map in place of the name, each target qualified by the spec that declares it
        assertEquals("probe.ip4", attrs.path("2").path("-nl-submsg").path("AF_INET").asText());
        assertEquals("rtnetlink_route.lwtunnel_ip6_attr", attrs.path("2").path("-nl-submsg").path("AF_INET6").asText());
        assertEquals("rtnetlink_route.mpls_iptunnel_attr", attrs.path("3").path("-nl-submsg").path("LWTUNNEL_ENCAP_MPLS").asText());
        // RTA_ENCAP and NHA_ENCAP share one sub-message
        Map<String, JsonNode> real = specs();
        schema.derive(real);
        assertEquals(real.get("rtnetlink_route").path("enums").path("rta_attr").path("22").path("-nl-submsg"),
                real.get("rtnetlink_nexthop").path("enums").path("nha_attr").path("8").path("-nl-submsg"));
        assertEquals(10, real.get("rtnetlink_nexthop").path("enums").path("nha_attr").path("8").path("-nl-submsg").size());
    }
}
