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
  RTM_NEWNSID, RTM_DELNSID, RTM_GETNSID: struct rtgenmsg followed by NETNSA_* attributes.
  The ids are signed: NETNSA_NSID_NOT_ASSIGNED (-1) says a namespace has no id yet.
doc-ref: /usr/include/linux/net_namespace.h
params:
  - id: is_le
    type: bool
enums:
  netnsa_nsid:
    -1: netnsa_nsid_not_assigned
  netnsa_attr:
    0: {id: netnsa_none, -nl-type: binary}
    1: {id: netnsa_nsid, -nl-type: s32, -nl-enum: netnsa_nsid}
    2: {id: netnsa_pid, -nl-type: u32}
    3: {id: netnsa_fd, -nl-type: u32}
    4: {id: netnsa_target_nsid, -nl-type: s32, -nl-enum: netnsa_nsid}
    5: {id: netnsa_current_nsid, -nl-type: s32, -nl-enum: netnsa_nsid}
