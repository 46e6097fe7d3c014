meta:
  id: genetlink_net_shaper
  title: "Generic netlink family net-shaper: NET_SHAPER_CMD_*, NET_SHAPER_A_*, NET_SHAPER_A_HANDLE_*, NET_SHAPER_A_CAPS_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Traffic shaping a network device's driver does in hardware (Linux 7.2 headers). A shaper is named by its
  device (NET_SHAPER_A_IFINDEX) and a handle: a scope (the whole device, one queue, or a node grouping queues or
  other nodes) and an id in it (the queue number). SET gives a shaper its metric (bits or packets per second), its
  minimum and maximum rate, burst, priority and weight; GROUP makes a node shaper the parent of some leaves; GET
  reads one or dumps a device's, DELETE removes one. CAP_GET answers, per scope, what the device's driver can do.
  The kernel refuses a device whose driver has no shaper operations with EOPNOTSUPP. The value types are those of
  the family's YNL spec the header is generated from (uint: 32 or 64 bits); the leaves of GROUP are shapers of
  this same set (handle, priority, weight).
doc-ref: /usr/include/linux/net_shaper.h
params:
  - id: is_le
    type: bool
enums:
  net_shaper_cmd:
    1: {id: net_shaper_cmd_get, -nl-kind: get, -nl-attrs: net_shaper_a}
    2: {id: net_shaper_cmd_set, -nl-kind: new, -nl-attrs: net_shaper_a}
    3: {id: net_shaper_cmd_delete, -nl-kind: delete, -nl-attrs: net_shaper_a}
    4: {id: net_shaper_cmd_group, -nl-kind: new, -nl-attrs: net_shaper_a, doc: "answered with the node's NET_SHAPER_A_IFINDEX and NET_SHAPER_A_HANDLE"}
    5: {id: net_shaper_cmd_cap_get, -nl-kind: get, -nl-attrs: net_shaper_a_caps}
  net_shaper_a:
    1: {id: net_shaper_a_handle, -nl-type: nest, -nl-nest: net_shaper_a_handle}
    2: {id: net_shaper_a_metric, -nl-type: u32, -nl-enum: net_shaper_metric}
    3: {id: net_shaper_a_bw_min, -nl-type: uint, doc: "guaranteed rate, in the metric's unit"}
    4: {id: net_shaper_a_bw_max, -nl-type: uint, doc: "rate limit, in the metric's unit"}
    5: {id: net_shaper_a_burst, -nl-type: uint, doc: bytes}
    6: {id: net_shaper_a_priority, -nl-type: u32}
    7: {id: net_shaper_a_weight, -nl-type: u32}
    8: {id: net_shaper_a_ifindex, -nl-type: u32}
    9: {id: net_shaper_a_parent, -nl-type: nest, -nl-nest: net_shaper_a_handle}
    10: {id: net_shaper_a_leaves, -nl-type: nest, -nl-nest: net_shaper_a, doc: "one leaf (HANDLE, PRIORITY, WEIGHT) per attribute"}
  net_shaper_a_handle:
    1: {id: net_shaper_a_handle_scope, -nl-type: u32, -nl-enum: net_shaper_scope}
    2: {id: net_shaper_a_handle_id, -nl-type: u32, doc: "the queue number in scope queue; the node's id in scope node"}
  net_shaper_a_caps:
    1: {id: net_shaper_a_caps_ifindex, -nl-type: u32}
    2: {id: net_shaper_a_caps_scope, -nl-type: u32, -nl-enum: net_shaper_scope}
    3: {id: net_shaper_a_caps_support_metric_bps, -nl-type: flag}
    4: {id: net_shaper_a_caps_support_metric_pps, -nl-type: flag}
    5: {id: net_shaper_a_caps_support_nesting, -nl-type: flag}
    6: {id: net_shaper_a_caps_support_bw_min, -nl-type: flag}
    7: {id: net_shaper_a_caps_support_bw_max, -nl-type: flag}
    8: {id: net_shaper_a_caps_support_burst, -nl-type: flag}
    9: {id: net_shaper_a_caps_support_priority, -nl-type: flag}
    10: {id: net_shaper_a_caps_support_weight, -nl-type: flag}
  net_shaper_scope:
    0: net_shaper_scope_unspec
    1: net_shaper_scope_netdev
    2: net_shaper_scope_queue
    3: net_shaper_scope_node
  net_shaper_metric:
    0: net_shaper_metric_bps
    1: net_shaper_metric_pps
