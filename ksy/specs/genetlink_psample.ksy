meta:
  id: genetlink_psample
  title: "Generic netlink family psample: PSAMPLE_CMD_*, PSAMPLE_ATTR_*, PSAMPLE_TUNNEL_KEY_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Packet sampling: tc's sample action (and switch drivers, openvswitch) hand sampled packets to psample
  groups, which multicast each as PSAMPLE_CMD_SAMPLE on group "packets": the group number and its sequence,
  the sampling rate, the interfaces, the original size, the (truncated) packet bytes and metadata.
  PSAMPLE_CMD_GET_GROUP dumps the groups, each answered as PSAMPLE_CMD_NEW_GROUP (number, sequence, users);
  NEW_GROUP and DEL_GROUP are also notified to group "config" when a group comes and goes.
doc-ref: /usr/include/linux/psample.h
params:
  - id: is_le
    type: bool
enums:
  psample_command:
    # -nl-group: "packets" (PSAMPLE_NL_MCGRP_SAMPLE_NAME) for SAMPLE, "config" (PSAMPLE_NL_MCGRP_CONFIG_NAME) for
    # NEW_GROUP and DEL_GROUP
    0: {id: psample_cmd_sample, -nl-kind: other, -nl-group: packets}
    1: {id: psample_cmd_get_group, -nl-kind: get}
    2: {id: psample_cmd_new_group, -nl-kind: new, -nl-group: config, doc: "a group came (on \"config\"), or one answer of a GET_GROUP dump"}
    3: {id: psample_cmd_del_group, -nl-kind: delete, -nl-group: config}
  psample_attr:
    0: {id: psample_attr_iifindex, -nl-type: u16}
    1: {id: psample_attr_oifindex, -nl-type: u16}
    2: {id: psample_attr_origsize, -nl-type: u32, doc: the packet's length before truncation}
    3: {id: psample_attr_sample_group, -nl-type: u32}
    4: {id: psample_attr_group_seq, -nl-type: u32, doc: counts the samples of the group}
    5: {id: psample_attr_sample_rate, -nl-type: u32, doc: "one in this many packets, or a probability scaled to 0 - U32_MAX with PSAMPLE_ATTR_SAMPLE_PROBABILITY"}
    6: {id: psample_attr_data, -nl-type: binary}
    7: {id: psample_attr_group_refcount, -nl-type: u32}
    8: {id: psample_attr_tunnel, -nl-type: nest, -nl-nest: psample_tunnel_key_attr}
    9: {id: psample_attr_pad, -nl-type: binary}
    10: {id: psample_attr_out_tc, -nl-type: u16}
    11: {id: psample_attr_out_tc_occ, -nl-type: u64, doc: bytes}
    12: {id: psample_attr_latency, -nl-type: u64, doc: nanoseconds}
    13: {id: psample_attr_timestamp, -nl-type: u64, doc: nanoseconds}
    14: {id: psample_attr_proto, -nl-type: u16, doc: "the packet's EtherType, in host order"}
    15: {id: psample_attr_user_cookie, -nl-type: binary}
    16: {id: psample_attr_sample_probability, -nl-type: flag}
  psample_tunnel_key_attr:
    0: {id: psample_tunnel_key_attr_id, -nl-type: u64, -nl-byte-order: big}
    1: {id: psample_tunnel_key_attr_ipv4_src, -nl-type: ipv4}
    2: {id: psample_tunnel_key_attr_ipv4_dst, -nl-type: ipv4}
    3: {id: psample_tunnel_key_attr_tos, -nl-type: u8}
    4: {id: psample_tunnel_key_attr_ttl, -nl-type: u8}
    5: {id: psample_tunnel_key_attr_dont_fragment, -nl-type: flag}
    6: {id: psample_tunnel_key_attr_csum, -nl-type: flag}
    7: {id: psample_tunnel_key_attr_oam, -nl-type: flag}
    8: {id: psample_tunnel_key_attr_geneve_opts, -nl-type: binary}
    9: {id: psample_tunnel_key_attr_tp_src, -nl-type: u16, -nl-byte-order: big}
    10: {id: psample_tunnel_key_attr_tp_dst, -nl-type: u16, -nl-byte-order: big}
    11: {id: psample_tunnel_key_attr_vxlan_opts, -nl-type: nest}
    12: {id: psample_tunnel_key_attr_ipv6_src, -nl-type: ipv6}
    13: {id: psample_tunnel_key_attr_ipv6_dst, -nl-type: ipv6}
    14: {id: psample_tunnel_key_attr_pad, -nl-type: binary}
    15: {id: psample_tunnel_key_attr_erspan_opts, -nl-type: binary, doc: struct erspan_metadata (linux/erspan.h)}
    16: {id: psample_tunnel_key_attr_ipv4_info_bridge, -nl-type: flag}
