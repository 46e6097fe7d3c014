meta:
  id: genetlink_ovs
  title: "Generic netlink families ovs_datapath and ovs_vport: OVS_DP_*, OVS_VPORT_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Open vSwitch's kernel datapath (module openvswitch). Every message of its families carries a struct ovs_header
  after genlmsghdr (the datapath's ifindex; 0 where none is meant), then attributes: the family entries in
  genetlink_message.ksy name it with -nl-fixed-header. ovs_datapath creates, deletes, lists and changes datapaths
  (OVS_DP_CMD_*), ovs_vport their ports (OVS_VPORT_CMD_*); the kernel announces each change on the family's group
  of the same name. The flow, packet, meter and conntrack-limit families are not described yet.
doc-ref: /usr/include/linux/openvswitch.h
params:
  - id: is_le
    type: bool
types:
  ovs_header:
    doc: struct ovs_header, after genlmsghdr in every message of the ovs_* families
    seq:
      - {id: dp_ifindex, type: s4}
  ovs_dp_stats:
    seq:
      - {id: n_hit, type: u8}
      - {id: n_missed, type: u8}
      - {id: n_lost, type: u8}
      - {id: n_flows, type: u8}
  ovs_dp_megaflow_stats:
    seq:
      - {id: n_mask_hit, type: u8}
      - {id: n_masks, type: u4}
      - {id: pad0, type: u4}
      - {id: n_cache_hit, type: u8}
      - {id: pad1, type: u8}
  ovs_vport_stats:
    seq:
      - {id: rx_packets, type: u8}
      - {id: tx_packets, type: u8}
      - {id: rx_bytes, type: u8}
      - {id: tx_bytes, type: u8}
      - {id: rx_errors, type: u8}
      - {id: tx_errors, type: u8}
      - {id: rx_dropped, type: u8}
      - {id: tx_dropped, type: u8}
enums:
  ovs_datapath_cmd:
    0: {id: ovs_dp_cmd_unspec, -nl-kind: other}
    1: {id: ovs_dp_cmd_new, -nl-kind: new, -nl-group: ovs_datapath}
    2: {id: ovs_dp_cmd_del, -nl-kind: delete, -nl-group: ovs_datapath}
    3: {id: ovs_dp_cmd_get, -nl-kind: get}
    4: {id: ovs_dp_cmd_set, -nl-kind: new, -nl-group: ovs_datapath}
  ovs_datapath_attr:
    0: {id: ovs_dp_attr_unspec, -nl-type: binary}
    1: {id: ovs_dp_attr_name, -nl-type: string}
    2: {id: ovs_dp_attr_upcall_pid, -nl-type: u32}
    3: {id: ovs_dp_attr_stats, -nl-type: struct, -nl-struct: ovs_dp_stats}
    4: {id: ovs_dp_attr_megaflow_stats, -nl-type: struct, -nl-struct: ovs_dp_megaflow_stats}
    5: {id: ovs_dp_attr_user_features, -nl-type: u32, -nl-flags: ovs_dp_f}
    6: {id: ovs_dp_attr_pad, -nl-type: binary}
    7: {id: ovs_dp_attr_masks_cache_size, -nl-type: u32}
    8: {id: ovs_dp_attr_per_cpu_pids, -nl-type: binary, doc: "one u32 Netlink port id per CPU"}
    9: {id: ovs_dp_attr_ifindex, -nl-type: u32}
  ovs_dp_f:
    0x1: ovs_dp_f_unaligned
    0x2: ovs_dp_f_vport_pids
    0x4: ovs_dp_f_tc_recirc_sharing
    0x8: ovs_dp_f_dispatch_upcall_per_cpu
  ovs_vport_cmd:
    0: {id: ovs_vport_cmd_unspec, -nl-kind: other}
    1: {id: ovs_vport_cmd_new, -nl-kind: new, -nl-group: ovs_vport}
    2: {id: ovs_vport_cmd_del, -nl-kind: delete, -nl-group: ovs_vport}
    3: {id: ovs_vport_cmd_get, -nl-kind: get}
    4: {id: ovs_vport_cmd_set, -nl-kind: new, -nl-group: ovs_vport}
  ovs_vport_type:
    0: ovs_vport_type_unspec
    1: ovs_vport_type_netdev
    2: ovs_vport_type_internal
    3: ovs_vport_type_gre
    4: ovs_vport_type_vxlan
    5: ovs_vport_type_geneve
  ovs_vport_attr:
    0: {id: ovs_vport_attr_unspec, -nl-type: binary}
    1: {id: ovs_vport_attr_port_no, -nl-type: u32}
    2: {id: ovs_vport_attr_type, -nl-type: u32, -nl-enum: ovs_vport_type}
    3: {id: ovs_vport_attr_name, -nl-type: string}
    4: {id: ovs_vport_attr_options, -nl-type: nest, -nl-nest: ovs_tunnel_attr}
    5: {id: ovs_vport_attr_upcall_pid, -nl-type: binary, doc: "u32 Netlink port ids that receive this port's upcalls"}
    6: {id: ovs_vport_attr_stats, -nl-type: struct, -nl-struct: ovs_vport_stats}
    7: {id: ovs_vport_attr_pad, -nl-type: binary}
    8: {id: ovs_vport_attr_ifindex, -nl-type: u32}
    9: {id: ovs_vport_attr_netnsid, -nl-type: s32}
    10: {id: ovs_vport_attr_upcall_stats, -nl-type: nest, -nl-nest: ovs_vport_upcall_attr}
  ovs_vport_upcall_attr:
    0: {id: ovs_vport_upcall_attr_success, -nl-type: u64}
    1: {id: ovs_vport_upcall_attr_fail, -nl-type: u64}
  ovs_tunnel_attr:
    0: {id: ovs_tunnel_attr_unspec, -nl-type: binary}
    1: {id: ovs_tunnel_attr_dst_port, -nl-type: u16}
    2: {id: ovs_tunnel_attr_extension, -nl-type: nest, -nl-nest: ovs_vxlan_ext}
  ovs_vxlan_ext:
    0: {id: ovs_vxlan_ext_unspec, -nl-type: binary}
    1: {id: ovs_vxlan_ext_gbp, -nl-type: flag}
