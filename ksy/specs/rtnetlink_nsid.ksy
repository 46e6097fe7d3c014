meta:
  id: rtnetlink_nsid
  title: "rtnetlink network namespace ids: NETNSA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWNSID, RTM_DELNSID, RTM_GETNSID (struct rtgenmsg header).
doc-ref: /usr/include/linux/net_namespace.h
params:
  - id: is_le
    type: bool
enums:
  netnsa_attr:
    0: {id: netnsa_none, -nl-type: binary}
