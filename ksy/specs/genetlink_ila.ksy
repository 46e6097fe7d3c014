meta:
  id: genetlink_ila
  title: "Generic netlink family ila: ILA_CMD_*, ILA_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Identifier-Locator Addressing's translation table (the ila module; `ip ila`; Linux 7.2 headers). A mapping
  says: an IPv6 address whose upper 64 bits (the locator) are ILA_ATTR_LOCATOR_MATCH gets them replaced by
  ILA_ATTR_LOCATOR, at the route input or output hook, optionally only on one interface, with the checksum handled
  as ILA_ATTR_CSUM_MODE says and the identifier read as ILA_ATTR_IDENT_TYPE. ILA_CMD_ADD and DEL add and remove a
  mapping, GET dumps them (each answered with ILA_CMD_GET), FLUSH removes them all. A locator is 64 bits in network
  order (the address's 2001:db8:1:2 is 0x20010db800010002), whatever the host. The value types are the header's
  comments'; the names of the modes, identifier types and hooks are rtnetlink_route.ksy's, whose ILA lightweight
  tunnel (RTA_ENCAP) uses the same ILA_ATTR_* set.
doc-ref: /usr/include/linux/ila.h
params:
  - id: is_le
    type: bool
enums:
  ila_cmd:
    0: {id: ila_cmd_unspec, -nl-kind: other}
    1: {id: ila_cmd_add, -nl-kind: new}
    2: {id: ila_cmd_del, -nl-kind: delete}
    3: {id: ila_cmd_get, -nl-kind: get}
    4: {id: ila_cmd_flush, -nl-kind: delete}
  ila_attr:
    0: {id: ila_attr_unspec, -nl-type: binary}
    1: {id: ila_attr_locator, -nl-type: u64, -nl-byte-order: big}
    2: {id: ila_attr_identifier, -nl-type: u64, -nl-byte-order: big}
    3: {id: ila_attr_locator_match, -nl-type: u64, -nl-byte-order: big}
    4: {id: ila_attr_ifindex, -nl-type: s32}
    5: {id: ila_attr_dir, -nl-type: u32, -nl-flags: rtnetlink_route.ila_dir}
    6: {id: ila_attr_pad, -nl-type: binary}
    7: {id: ila_attr_csum_mode, -nl-type: u8, -nl-enum: rtnetlink_route.ila_csum}
    8: {id: ila_attr_ident_type, -nl-type: u8, -nl-enum: rtnetlink_route.ila_atype}
    9: {id: ila_attr_hook_type, -nl-type: u8, -nl-enum: rtnetlink_route.ila_hook}
