meta:
  id: genetlink_fou
  title: "Generic netlink family fou: FOU_CMD_*, FOU_ATTR_*, FOU_ENCAP_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Foo-over-UDP and Generic UDP Encapsulation receive ports (ip fou add/del/show).
  FOU_CMD_ADD opens a UDP port (FOU_ATTR_PORT, network order) that hands its payload to
  the IP protocol FOU_ATTR_IPPROTO (direct) or reads a GUE header (FOU_ATTR_TYPE
  FOU_ENCAP_GUE); FOU_CMD_GET answers, one message per port, with the same attributes.
doc-ref: /usr/include/linux/fou.h
params:
  - id: is_le
    type: bool
enums:
  fou_cmd:
    0: {id: fou_cmd_unspec, -nl-kind: other}
    1: {id: fou_cmd_add, -nl-kind: new}
    2: {id: fou_cmd_del, -nl-kind: delete}
    3: {id: fou_cmd_get, -nl-kind: get}
  fou_attr:
    0: {id: fou_attr_unspec, -nl-type: binary}
    1: {id: fou_attr_port, -nl-type: u16, -nl-byte-order: big}
    2: {id: fou_attr_af, -nl-type: u8, doc: "the address family of the socket (AF_INET 2, AF_INET6 10)"}
    3: {id: fou_attr_ipproto, -nl-type: u8}
    4: {id: fou_attr_type, -nl-type: u8, -nl-enum: fou_encap}
    5: {id: fou_attr_remcsum_nopartial, -nl-type: flag}
    6: {id: fou_attr_local_v4, -nl-type: ipv4}
    7: {id: fou_attr_local_v6, -nl-type: ipv6}
    8: {id: fou_attr_peer_v4, -nl-type: ipv4}
    9: {id: fou_attr_peer_v6, -nl-type: ipv6}
    10: {id: fou_attr_peer_port, -nl-type: u16, -nl-byte-order: big}
    11: {id: fou_attr_ifindex, -nl-type: s32}
  fou_encap:
    0: fou_encap_unspec
    1: fou_encap_direct
    2: fou_encap_gue
