meta:
  id: genetlink_mptcp_pm
  title: "Generic netlink family mptcp_pm: MPTCP_PM_CMD_*, MPTCP_PM_ATTR_*, MPTCP_PM_ADDR_ATTR_*; MPTCP_EVENT_*, MPTCP_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The MPTCP path manager. `ip mptcp endpoint add 10.0.0.2 id 1 signal` sends
  MPTCP_PM_CMD_ADD_ADDR with an MPTCP_PM_ATTR_ADDR nest (family, id, address, flags, port,
  interface); `ip mptcp endpoint show` dumps MPTCP_PM_CMD_GET_ADDR, answered by one
  MPTCP_PM_CMD_ADD_ADDR per endpoint; `ip mptcp limits show` is MPTCP_PM_CMD_GET_LIMITS,
  answered with the same command. MPTCP_PM_ADDR_ATTR_PORT is in host order (the kernel puts
  ntohs of the port with nla_put_u16).

  The kernel also multicasts events (group mptcp_pm_events, `ip mptcp monitor`): their
  command is an enum mptcp_event_type and their attributes MPTCP_ATTR_*. Event numbers share
  the command space with the replies: 1, 3 and 6 are both MPTCP_EVENT_CREATED/CLOSED/ANNOUNCED
  and the replies MPTCP_PM_CMD_ADD_ADDR/GET_ADDR/GET_LIMITS, which the command number alone
  cannot tell apart; the reply table (mptcp_pm_reply) reads those as replies, and the other
  event numbers (2, 7, 10, 11, 13, which no reply uses) as events.
doc-ref: /usr/include/linux/mptcp.h
params:
  - id: is_le
    type: bool
enums:
  mptcp_pm_cmd:
    0: {id: mptcp_pm_cmd_unspec, -nl-kind: other}
    1: {id: mptcp_pm_cmd_add_addr, -nl-kind: new}
    2: {id: mptcp_pm_cmd_del_addr, -nl-kind: delete}
    3: {id: mptcp_pm_cmd_get_addr, -nl-kind: get}
    4: {id: mptcp_pm_cmd_flush_addrs, -nl-kind: delete}
    5: {id: mptcp_pm_cmd_set_limits, -nl-kind: new}
    6: {id: mptcp_pm_cmd_get_limits, -nl-kind: get}
    7: {id: mptcp_pm_cmd_set_flags, -nl-kind: new}
    8: {id: mptcp_pm_cmd_announce, -nl-kind: new}
    9: {id: mptcp_pm_cmd_remove, -nl-kind: delete}
    10: {id: mptcp_pm_cmd_subflow_create, -nl-kind: new}
    11: {id: mptcp_pm_cmd_subflow_destroy, -nl-kind: delete}
  mptcp_pm_reply:
    # What the kernel sends: replies to the commands (1, 3, 6) and events (enum mptcp_event_type)
    0: {id: mptcp_pm_cmd_unspec, -nl-kind: other}
    1: {id: mptcp_pm_cmd_add_addr, -nl-kind: new, doc: "a GET_ADDR dump entry; also MPTCP_EVENT_CREATED"}
    2: {id: mptcp_event_established, -nl-kind: other, -nl-attrs: mptcp_event_attr}
    3: {id: mptcp_pm_cmd_get_addr, -nl-kind: get, doc: "a GET_ADDR reply; also MPTCP_EVENT_CLOSED"}
    6: {id: mptcp_pm_cmd_get_limits, -nl-kind: get, doc: "a GET_LIMITS reply; also MPTCP_EVENT_ANNOUNCED"}
    7: {id: mptcp_event_removed, -nl-kind: other, -nl-attrs: mptcp_event_attr}
    10: {id: mptcp_event_sub_established, -nl-kind: other, -nl-attrs: mptcp_event_attr}
    11: {id: mptcp_event_sub_closed, -nl-kind: other, -nl-attrs: mptcp_event_attr}
    13: {id: mptcp_event_sub_priority, -nl-kind: other, -nl-attrs: mptcp_event_attr}
    15: {id: mptcp_event_listener_created, -nl-kind: other, -nl-attrs: mptcp_event_attr}
    16: {id: mptcp_event_listener_closed, -nl-kind: other, -nl-attrs: mptcp_event_attr}
  mptcp_event_type:
    # -nl-group: "mptcp_pm_events" (MPTCP_PM_EV_GRP_NAME): mptcp_event, mptcp_event_addr_announced
    # and mptcp_event_addr_removed (net/mptcp/pm_netlink.c) send every event through
    # mptcp_nl_mcast_send to that group (MPTCP_EVENT_UNSPEC is never sent).
    # enum mptcp_event_type: what the kernel multicasts (seq 0) to the "mptcp_pm_events" group;
    # the genl dissector reads notifications by this table (-nl-events in genl_family_spec)
    0: {id: mptcp_event_unspec, -nl-kind: other, -nl-attrs: mptcp_event_attr}
    1: {id: mptcp_event_created, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
    2: {id: mptcp_event_established, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
    3: {id: mptcp_event_closed, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
    6: {id: mptcp_event_announced, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
    7: {id: mptcp_event_removed, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
    10: {id: mptcp_event_sub_established, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
    11: {id: mptcp_event_sub_closed, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
    13: {id: mptcp_event_sub_priority, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
    15: {id: mptcp_event_listener_created, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
    16: {id: mptcp_event_listener_closed, -nl-kind: other, -nl-attrs: mptcp_event_attr, -nl-group: mptcp_pm_events}
  mptcp_pm_attr:
    0: {id: mptcp_pm_attr_unspec, -nl-type: binary}
    1: {id: mptcp_pm_attr_addr, -nl-type: nest, -nl-nest: mptcp_pm_addr_attr}
    2: {id: mptcp_pm_attr_rcv_add_addrs, -nl-type: u32}
    3: {id: mptcp_pm_attr_subflows, -nl-type: u32}
    4: {id: mptcp_pm_attr_token, -nl-type: u32}
    5: {id: mptcp_pm_attr_loc_id, -nl-type: u8}
    6: {id: mptcp_pm_attr_addr_remote, -nl-type: nest, -nl-nest: mptcp_pm_addr_attr}
  mptcp_pm_addr_flag:
    0x1: mptcp_pm_addr_flag_signal
    0x2: mptcp_pm_addr_flag_subflow
    0x4: mptcp_pm_addr_flag_backup
    0x8: mptcp_pm_addr_flag_fullmesh
    0x10: mptcp_pm_addr_flag_implicit
    0x20: mptcp_pm_addr_flag_laminar
  mptcp_pm_addr_attr:
    0: {id: mptcp_pm_addr_attr_unspec, -nl-type: binary}
    1: {id: mptcp_pm_addr_attr_family, -nl-type: u16, -nl-enum: linux_common.address_family}
    2: {id: mptcp_pm_addr_attr_id, -nl-type: u8}
    3: {id: mptcp_pm_addr_attr_addr4, -nl-type: ipv4}
    4: {id: mptcp_pm_addr_attr_addr6, -nl-type: ipv6}
    5: {id: mptcp_pm_addr_attr_port, -nl-type: u16, doc: host order}
    6: {id: mptcp_pm_addr_attr_flags, -nl-type: u32, -nl-flags: mptcp_pm_addr_flag}
    7: {id: mptcp_pm_addr_attr_if_idx, -nl-type: s32}
  mptcp_pm_ev_flag:
    0x1: mptcp_pm_ev_flag_deny_join_id0
    0x2: mptcp_pm_ev_flag_server_side
  mptcp_rst_reason:
    # MPTCP reset reason codes (RFC 8684)
    0: mptcp_rst_eunspec
    1: mptcp_rst_emptcp
    2: mptcp_rst_eresource
    3: mptcp_rst_eprohibit
    4: mptcp_rst_ewq2big
    5: mptcp_rst_ebadperf
    6: mptcp_rst_emiddlebox
  mptcp_event_attr:
    0: {id: mptcp_attr_unspec, -nl-type: binary}
    1: {id: mptcp_attr_token, -nl-type: u32}
    2: {id: mptcp_attr_family, -nl-type: u16, -nl-enum: linux_common.address_family}
    3: {id: mptcp_attr_loc_id, -nl-type: u8}
    4: {id: mptcp_attr_rem_id, -nl-type: u8}
    5: {id: mptcp_attr_saddr4, -nl-type: ipv4}
    6: {id: mptcp_attr_saddr6, -nl-type: ipv6}
    7: {id: mptcp_attr_daddr4, -nl-type: ipv4}
    8: {id: mptcp_attr_daddr6, -nl-type: ipv6}
    9: {id: mptcp_attr_sport, -nl-type: u16, -nl-byte-order: big}
    10: {id: mptcp_attr_dport, -nl-type: u16, -nl-byte-order: big}
    11: {id: mptcp_attr_backup, -nl-type: u8}
    12: {id: mptcp_attr_error, -nl-type: u8}
    13: {id: mptcp_attr_flags, -nl-type: u16, -nl-flags: mptcp_pm_ev_flag}
    14: {id: mptcp_attr_timeout, -nl-type: u32}
    15: {id: mptcp_attr_if_idx, -nl-type: s32}
    16: {id: mptcp_attr_reset_reason, -nl-type: u32, -nl-enum: mptcp_rst_reason}
    17: {id: mptcp_attr_reset_flags, -nl-type: u32}
    18: {id: mptcp_attr_server_side, -nl-type: u8}
