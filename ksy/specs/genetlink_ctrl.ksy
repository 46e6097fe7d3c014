meta:
  id: genetlink_ctrl
  title: "Generic netlink controller (family nlctrl, id GENL_ID_CTRL): CTRL_CMD_* and CTRL_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The controller family answers CTRL_CMD_GETFAMILY with CTRL_CMD_NEWFAMILY (one per family in
  a dump), which gives a family's id (the nlmsg_type of its messages), name, operations and
  multicast groups; CTRL_CMD_GETPOLICY dumps the attribute policies of a family. The kernel
  sends the nests CTRL_ATTR_OPS, CTRL_ATTR_MCAST_GROUPS and CTRL_ATTR_POLICY without
  NLA_F_NESTED; their entries are numbered (nest-array).
doc-ref: /usr/include/linux/genetlink.h
params:
  - id: is_le
    type: bool
enums:
  ctrl_cmd:
    # -nl-group: the multicast group (its name as CTRL_ATTR_MCAST_GRP_NAME announces it) the
    # kernel notifies the command to. genl_ctrl_event (net/netlink/genetlink.c) sends
    # CTRL_CMD_NEWFAMILY / DELFAMILY when a family registers or goes, NEWMCAST_GRP / DELMCAST_GRP for
    # its groups, all to nlctrl's only group "notify" (genl_ctrl_groups; the header names no #define).
    0: {id: ctrl_cmd_unspec, -nl-kind: other}
    1: {id: ctrl_cmd_newfamily, -nl-kind: new, -nl-group: notify}
    2: {id: ctrl_cmd_delfamily, -nl-kind: delete, -nl-group: notify}
    3: {id: ctrl_cmd_getfamily, -nl-kind: get}
    4: {id: ctrl_cmd_newops, -nl-kind: new}
    5: {id: ctrl_cmd_delops, -nl-kind: delete}
    6: {id: ctrl_cmd_getops, -nl-kind: get}
    7: {id: ctrl_cmd_newmcast_grp, -nl-kind: new, -nl-group: notify}
    8: {id: ctrl_cmd_delmcast_grp, -nl-kind: delete, -nl-group: notify}
    9: {id: ctrl_cmd_getmcast_grp, -nl-kind: get}
    10: {id: ctrl_cmd_getpolicy, -nl-kind: get}
  ctrl_attr:
    0: {id: ctrl_attr_unspec, -nl-type: binary}
    1: {id: ctrl_attr_family_id, -nl-type: u16}
    2: {id: ctrl_attr_family_name, -nl-type: string}
    3: {id: ctrl_attr_version, -nl-type: u32}
    4: {id: ctrl_attr_hdrsize, -nl-type: u32}
    5: {id: ctrl_attr_maxattr, -nl-type: u32}
    6: {id: ctrl_attr_ops, -nl-type: nest-array, -nl-nest: ctrl_attr_op}
    7: {id: ctrl_attr_mcast_groups, -nl-type: nest-array, -nl-nest: ctrl_attr_mcast_grp}
    # [policy index] -> [attribute type] -> NL_POLICY_TYPE_ATTR_*: two levels of numbered entries (-nl-array-depth)
    8: {id: ctrl_attr_policy, -nl-type: nest-array, -nl-array-depth: 2, -nl-nest: netlink_message.netlink_policy_type_attr}
    9: {id: ctrl_attr_op_policy, -nl-type: nest-array, -nl-nest: ctrl_attr_policy}
    10: {id: ctrl_attr_op, -nl-type: u32}
  ctrl_attr_op:
    0: {id: ctrl_attr_op_unspec, -nl-type: binary}
    1: {id: ctrl_attr_op_id, -nl-type: u32}
    2: {id: ctrl_attr_op_flags, -nl-type: u32, -nl-flags: genl_op_flags}
  genl_op_flags:
    0x01: genl_admin_perm
    0x02: genl_cmd_cap_do
    0x04: genl_cmd_cap_dump
    0x08: genl_cmd_cap_haspol
    0x10: genl_uns_admin_perm
  ctrl_attr_mcast_grp:
    0: {id: ctrl_attr_mcast_grp_unspec, -nl-type: binary}
    1: {id: ctrl_attr_mcast_grp_name, -nl-type: string}
    2: {id: ctrl_attr_mcast_grp_id, -nl-type: u32}
  ctrl_attr_policy:
    0: {id: ctrl_attr_policy_unspec, -nl-type: binary}
    1: {id: ctrl_attr_policy_do, -nl-type: u32}
    2: {id: ctrl_attr_policy_dump, -nl-type: u32}
