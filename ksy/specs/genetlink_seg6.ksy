meta:
  id: genetlink_seg6
  title: "Generic netlink family SEG6: SEG6_CMD_*, SEG6_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  IPv6 Segment Routing settings of a network namespace (ip sr tunsrc, ip sr hmac).
  SEG6_CMD_SET_TUNSRC/GET_TUNSRC carry the source address of SRv6 encapsulation in
  SEG6_ATTR_DST; SEG6_CMD_SETHMAC and SEG6_CMD_DUMPHMAC carry an HMAC key (key id, secret,
  algorithm). The kernel answers with the request's command.
doc-ref: /usr/include/linux/seg6_genl.h
params:
  - id: is_le
    type: bool
enums:
  seg6_cmd:
    0: {id: seg6_cmd_unspec, -nl-kind: other}
    1: {id: seg6_cmd_sethmac, -nl-kind: new}
    2: {id: seg6_cmd_dumphmac, -nl-kind: get}
    3: {id: seg6_cmd_set_tunsrc, -nl-kind: new}
    4: {id: seg6_cmd_get_tunsrc, -nl-kind: get}
  seg6_attr:
    0: {id: seg6_attr_unspec, -nl-type: binary}
    1: {id: seg6_attr_dst, -nl-type: ipv6}
    2: {id: seg6_attr_dstlen, -nl-type: s32}
    3: {id: seg6_attr_hmackeyid, -nl-type: u32}
    4: {id: seg6_attr_secret, -nl-type: binary}
    5: {id: seg6_attr_secretlen, -nl-type: u8}
    6: {id: seg6_attr_algid, -nl-type: u8}
    7: {id: seg6_attr_hmacinfo, -nl-type: nest, -nl-nest: seg6_attr}
