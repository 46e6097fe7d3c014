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
  RTM_NEWNETCONF, RTM_GETNETCONF (per-device IP configuration).
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
  netconfa_attr:
    0: {id: netconfa_unspec, -nl-type: binary}
