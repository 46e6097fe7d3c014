meta:
  id: genetlink_net_dm
  title: "Generic netlink family NET_DM: NET_DM_CMD_*, NET_DM_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The drop monitor (dropwatch, drop_monitor.ko): NET_DM_CMD_CONFIG sets the alert mode (a summary of drop
  points, or each dropped packet), truncation and queue length; NET_DM_CMD_START/STOP turn the monitoring of
  software (NET_DM_ATTR_SW_DROPS) and hardware drops on and off; NET_DM_CMD_CONFIG_GET is answered with
  CONFIG_NEW, STATS_GET with STATS_NEW. In packet mode every drop is multicast as NET_DM_CMD_PACKET_ALERT
  (where: the function and offset, the drop reason; when; the input port; the packet's first bytes).
  In summary mode the kernel sends NET_DM_CMD_ALERT, whose payload is no attributes but a struct
  net_dm_alert_msg (a count, then that many net_dm_drop_point); such a message shows as bytes.
doc-ref: /usr/include/linux/net_dropmon.h
params:
  - id: is_le
    type: bool
types:
  net_dm_drop_point:
    seq:
      - {id: pc, size: 8, doc: the address of the function that dropped}
      - {id: count, type: u4}
  net_dm_config_entry:
    seq:
      - {id: type, type: u4, -nl-enum: net_dm_cfg}
      - {id: pad, size: 4, doc: data is aligned to 8}
      - {id: data, type: u8}
  net_dm_config_msg:
    doc: followed by entries net_dm_config_entry
    seq:
      - {id: entries, type: u4}
  net_dm_alert_msg:
    doc: the payload of NET_DM_CMD_ALERT, followed by entries net_dm_drop_point
    seq:
      - {id: entries, type: u4}
enums:
  net_dm_cmd:
    # multicast on group "events" (the kernel's name; the header defines only NET_DM_GRP_ALERT 1, no name, so
    # no -nl-group is given): ALERT and PACKET_ALERT
    0: {id: net_dm_cmd_unspec, -nl-kind: other}
    1: {id: net_dm_cmd_alert, -nl-kind: other, doc: "a summary alert: struct net_dm_alert_msg, not attributes"}
    2: {id: net_dm_cmd_config, -nl-kind: new}
    3: {id: net_dm_cmd_start, -nl-kind: new}
    4: {id: net_dm_cmd_stop, -nl-kind: new}
    5: {id: net_dm_cmd_packet_alert, -nl-kind: other}
    6: {id: net_dm_cmd_config_get, -nl-kind: get}
    7: {id: net_dm_cmd_config_new, -nl-kind: other, doc: the answer to CONFIG_GET}
    8: {id: net_dm_cmd_stats_get, -nl-kind: get}
    9: {id: net_dm_cmd_stats_new, -nl-kind: other, doc: the answer to STATS_GET}
  net_dm_attr:
    0: {id: net_dm_attr_unspec, -nl-type: binary}
    1: {id: net_dm_attr_alert_mode, -nl-type: u8, -nl-enum: net_dm_alert_mode}
    2: {id: net_dm_attr_pc, -nl-type: u64, doc: the address where the packet was dropped}
    3: {id: net_dm_attr_symbol, -nl-type: string, doc: "that address as function+offset"}
    4: {id: net_dm_attr_in_port, -nl-type: nest, -nl-nest: net_dm_attr_port}
    5: {id: net_dm_attr_timestamp, -nl-type: u64, doc: nanoseconds (CLOCK_REALTIME)}
    6: {id: net_dm_attr_proto, -nl-type: u16, doc: "the packet's EtherType, in host order"}
    7: {id: net_dm_attr_payload, -nl-type: binary}
    8: {id: net_dm_attr_pad, -nl-type: binary}
    9: {id: net_dm_attr_trunc_len, -nl-type: u32}
    10: {id: net_dm_attr_orig_len, -nl-type: u32}
    11: {id: net_dm_attr_queue_len, -nl-type: u32}
    12: {id: net_dm_attr_stats, -nl-type: nest, -nl-nest: net_dm_attr_stats}
    13: {id: net_dm_attr_hw_stats, -nl-type: nest, -nl-nest: net_dm_attr_stats}
    14: {id: net_dm_attr_origin, -nl-type: u16, -nl-enum: net_dm_origin}
    15: {id: net_dm_attr_hw_trap_group_name, -nl-type: string}
    16: {id: net_dm_attr_hw_trap_name, -nl-type: string}
    17: {id: net_dm_attr_hw_entries, -nl-type: nest, -nl-nest: net_dm_attr, doc: NET_DM_ATTR_HW_ENTRY nests}
    18: {id: net_dm_attr_hw_entry, -nl-type: nest, -nl-nest: net_dm_attr, doc: a trap name and its count}
    19: {id: net_dm_attr_hw_trap_count, -nl-type: u32}
    20: {id: net_dm_attr_sw_drops, -nl-type: flag}
    21: {id: net_dm_attr_hw_drops, -nl-type: flag}
    22: {id: net_dm_attr_flow_action_cookie, -nl-type: binary}
    23: {id: net_dm_attr_reason, -nl-type: string, doc: "the drop reason (SKB_DROP_REASON_* without the prefix)"}
  net_dm_attr_port:
    0: {id: net_dm_attr_port_netdev_ifindex, -nl-type: u32}
    1: {id: net_dm_attr_port_netdev_name, -nl-type: string}
  net_dm_attr_stats:
    0: {id: net_dm_attr_stats_dropped, -nl-type: u64, doc: alerts the queue had no room for}
  net_dm_alert_mode:
    0: net_dm_alert_mode_summary
    1: net_dm_alert_mode_packet
  net_dm_origin:
    0: net_dm_origin_sw
    1: net_dm_origin_hw
  net_dm_cfg:
    # NET_DM_CFG_* of the legacy NET_DM_CMD_CONFIG payload (struct net_dm_config_entry)
    0: net_dm_cfg_version
    1: net_dm_cfg_alert_count
    2: net_dm_cfg_alert_delay
    3: {id: net_dm_cfg_max, doc: one past the last}
