meta:
  id: rtnetlink_netconf
  title: "rtnetlink netconf: struct netconfmsg and NETCONFA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWNETCONF, RTM_DELNETCONF, RTM_GETNETCONF (per-device IP configuration): struct
  netconfmsg followed by NETCONFA_* attributes. NETCONFA_IFINDEX is a signed ifindex whose
  negative values name the "all" and "default" configurations; the other values are s32
  switches (0 off, 1 on; RP_FILTER 0, 1 strict or 2 loose).
doc-ref: /usr/include/linux/netconf.h
params:
  - id: is_le
    type: bool
types:
  netconfmsg:
    doc: struct netconfmsg (one byte, padded to 4)
    seq:
      - id: ncm_family
        type: u1
        -nl-enum: linux_common.address_family
enums:
  netconfa_ifindex:
    -1: netconfa_ifindex_all
    -2: netconfa_ifindex_default
  netconfa_attr:
    0: {id: netconfa_unspec, -nl-type: binary}
    1: {id: netconfa_ifindex, -nl-type: s32, -nl-enum: netconfa_ifindex}
    2: {id: netconfa_forwarding, -nl-type: s32}
    3: {id: netconfa_rp_filter, -nl-type: s32}
    4: {id: netconfa_mc_forwarding, -nl-type: s32}
    5: {id: netconfa_proxy_neigh, -nl-type: s32}
    6: {id: netconfa_ignore_routes_with_linkdown, -nl-type: s32}
    7: {id: netconfa_input, -nl-type: s32}
    8: {id: netconfa_bc_forwarding, -nl-type: s32}
    9: {id: netconfa_force_forwarding, -nl-type: s32, doc: "IPv6's force_forwarding (7.2), an s32 as every value of the set"}
