meta:
  id: selinux_message
  title: NETLINK_SELINUX messages
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  SELinux tells listeners (the AVC of libselinux, group SELNLGRP_AVC) that the enforcing mode
  changed or a policy was loaded (security/selinux/netlink.c, selnl_notify). Each message holds
  one small struct and no attributes; -nl-fixed-header names it.
doc-ref: /usr/include/linux/selinux_netlink.h
params:
  - id: is_le
    type: bool
types:
  selnl_msg_setenforce:
    doc: struct selnl_msg_setenforce
    seq:
      - {id: val, type: s4, -nl-enum: enforce_mode}
  selnl_msg_policyload:
    doc: struct selnl_msg_policyload
    seq:
      - {id: seqno, type: u4}
enums:
  selnl_msg_type:
    0x10: {id: selnl_msg_setenforce, -nl-kind: other, -nl-fixed-header: selnl_msg_setenforce, -nl-group: selnlgrp_avc}
    0x11: {id: selnl_msg_policyload, -nl-kind: other, -nl-fixed-header: selnl_msg_policyload, -nl-group: selnlgrp_avc}
  enforce_mode:
    # the value of /sys/fs/selinux/enforce that selnl_notify_setenforce passes on
    0: permissive
    1: enforcing
  multicast_groups:
    # enum selinux_nlgroups (linux/selinux_netlink.h). selnl_notify (security/selinux/netlink.c)
    # sends both message types to SELNLGRP_AVC with netlink_broadcast: -nl-group.
    0: selnlgrp_none
    1: selnlgrp_avc
