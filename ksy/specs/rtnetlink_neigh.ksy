meta:
  id: rtnetlink_neigh
  title: "rtnetlink neighbours: struct ndmsg and NDA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWNEIGH, RTM_DELNEIGH, RTM_GETNEIGH: struct ndmsg followed by NDA_* attributes
  (neighbour cache entries and, with family AF_BRIDGE, bridge forwarding database entries).
  ndm_type takes the route types RTN_* of rtnetlink.h.
doc-ref: /usr/include/linux/neighbour.h
params:
  - id: is_le
    type: bool
types:
  ndmsg:
    doc: struct ndmsg
    seq:
      - id: ndm_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: ndm_pad1
        type: u1
      - id: ndm_pad2
        type: u2
      - id: ndm_ifindex
        type: s4
      - id: ndm_state
        type: u2
        -nl-flags: nud_state
      - id: ndm_flags
        type: u1
        -nl-flags: ntf_flags
      - id: ndm_type
        type: u1
        -nl-enum: rtnetlink_route.rtn
  nda_cacheinfo:
    doc: struct nda_cacheinfo (NDA_CACHEINFO; times in clock ticks)
    seq:
      - id: ndm_confirmed
        type: u4
      - id: ndm_used
        type: u4
      - id: ndm_updated
        type: u4
      - id: ndm_refcnt
        type: u4
enums:
  nud_state:
    # NUD_NONE is 0: no bit set
    0x01: nud_incomplete
    0x02: nud_reachable
    0x04: nud_stale
    0x08: nud_delay
    0x10: nud_probe
    0x20: nud_failed
    0x40: nud_noarp
    0x80: nud_permanent
  ntf_flags:
    0x01: ntf_use
    0x02: ntf_self
    0x04: ntf_master
    0x08: ntf_proxy
    0x10: ntf_ext_learned
    0x20: ntf_offloaded
    0x40: ntf_sticky
    0x80: ntf_router
  ntf_ext_flags:
    0x01: ntf_ext_managed
  nfea_attr:
    0: {id: nfea_unspec, -nl-type: binary}
    1: {id: nfea_activity_notify, -nl-type: u8}
    2: {id: nfea_dont_refresh, -nl-type: flag}
  nda_attr:
    0: {id: nda_unspec, -nl-type: binary}
    1: {id: nda_dst, -nl-type: ipaddr}
    2: {id: nda_lladdr, -nl-type: lladdr}
    3: {id: nda_cacheinfo, -nl-type: struct, -nl-struct: nda_cacheinfo}
    4: {id: nda_probes, -nl-type: u32}
    5: {id: nda_vlan, -nl-type: u16}
    6: {id: nda_port, -nl-type: u16, -nl-byte-order: big}
    7: {id: nda_vni, -nl-type: u32}
    8: {id: nda_ifindex, -nl-type: u32}
    9: {id: nda_master, -nl-type: u32}
    10: {id: nda_link_netnsid, -nl-type: s32}
    11: {id: nda_src_vni, -nl-type: u32}
    12: {id: nda_protocol, -nl-type: u8, -nl-enum: rtnetlink_route.rtprot}
    13: {id: nda_nh_id, -nl-type: u32}
    14: {id: nda_fdb_ext_attrs, -nl-type: nest, -nl-nest: nfea_attr}
    15: {id: nda_flags_ext, -nl-type: u32, -nl-flags: ntf_ext_flags}
    16: {id: nda_ndm_state_mask, -nl-type: u16, -nl-flags: nud_state}
    17: {id: nda_ndm_flags_mask, -nl-type: u8, -nl-flags: ntf_flags}
