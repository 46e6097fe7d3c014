meta:
  id: rtnetlink_addrlabel
  title: "rtnetlink IPv6 address labels: struct ifaddrlblmsg and IFAL_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWADDRLABEL, RTM_DELADDRLABEL, RTM_GETADDRLABEL (ip addrlabel add/del/list): the
  RFC 6724 address selection policy table. struct ifaddrlblmsg then IFAL_ADDRESS (the prefix,
  ifal_prefixlen bits long; the kernel keeps labels for IPv6 only) and IFAL_LABEL. ifal_index
  restricts an entry to one interface (0: any); ifal_seq is the table's sequence number in
  replies. The header defines no ifal_flags bits.
doc-ref: /usr/include/linux/if_addrlabel.h, /usr/include/linux/rtnetlink.h
params:
  - id: is_le
    type: bool
types:
  ifaddrlblmsg:
    doc: struct ifaddrlblmsg
    seq:
      - id: ifal_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: ifal_reserved
        type: u1
      - id: ifal_prefixlen
        type: u1
      - id: ifal_flags
        type: u1
      - id: ifal_index
        type: u4
      - id: ifal_seq
        type: u4
enums:
  ifal_attr:
    0: {id: ifal_unspec, -nl-type: binary}
    1: {id: ifal_address, -nl-type: ipv6}
    2: {id: ifal_label, -nl-type: u32}
