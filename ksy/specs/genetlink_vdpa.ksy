meta:
  id: genetlink_vdpa
  title: "Generic netlink family vdpa: VDPA_CMD_*, VDPA_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  vDPA device management (the vdpa module; iproute2's `vdpa`; Linux 7.2 headers, the same in 6.12). A management
  device (a driver that can make vDPA devices: vdpa_sim, a NIC's, or VDUSE, whose devices user space implements) is
  named by its bus and device names; VDPA_CMD_MGMTDEV_GET lists them with the virtio device classes each supports
  (SUPPORTED_CLASSES: bit N is virtio device id N, 1 net, 2 block) and its limits. DEV_NEW makes a vDPA device of a
  management device, DEV_GET lists devices, DEV_CONFIG_GET shows a device's virtio config (net: MAC address,
  status, queue pairs, MTU; block: capacity and limits), DEV_VSTATS_GET a queue's vendor statistics as name/value
  pairs. VDPA_ATTR_PAD shares 0 with UNSPEC. The value types are the header's comments.
doc-ref: /usr/include/linux/vdpa.h
params:
  - id: is_le
    type: bool
enums:
  vdpa_command:
    0: {id: vdpa_cmd_unspec, -nl-kind: other}
    1: {id: vdpa_cmd_mgmtdev_new, -nl-kind: new}
    2: {id: vdpa_cmd_mgmtdev_get, -nl-kind: get}
    3: {id: vdpa_cmd_dev_new, -nl-kind: new}
    4: {id: vdpa_cmd_dev_del, -nl-kind: delete}
    5: {id: vdpa_cmd_dev_get, -nl-kind: get}
    6: {id: vdpa_cmd_dev_config_get, -nl-kind: get}
    7: {id: vdpa_cmd_dev_vstats_get, -nl-kind: get}
    8: {id: vdpa_cmd_dev_attr_set, -nl-kind: new}
  vdpa_attr:
    0: {id: vdpa_attr_unspec, -nl-type: binary}
    1: {id: vdpa_attr_mgmtdev_bus_name, -nl-type: string}
    2: {id: vdpa_attr_mgmtdev_dev_name, -nl-type: string}
    3: {id: vdpa_attr_mgmtdev_supported_classes, -nl-type: u64}
    4: {id: vdpa_attr_dev_name, -nl-type: string}
    5: {id: vdpa_attr_dev_id, -nl-type: u32}
    6: {id: vdpa_attr_dev_vendor_id, -nl-type: u32}
    7: {id: vdpa_attr_dev_max_vqs, -nl-type: u32}
    8: {id: vdpa_attr_dev_max_vq_size, -nl-type: u16}
    9: {id: vdpa_attr_dev_min_vq_size, -nl-type: u16}
    10: {id: vdpa_attr_dev_net_cfg_macaddr, -nl-type: lladdr}
    11: {id: vdpa_attr_dev_net_status, -nl-type: u8}
    12: {id: vdpa_attr_dev_net_cfg_max_vqp, -nl-type: u16}
    13: {id: vdpa_attr_dev_net_cfg_mtu, -nl-type: u16}
    14: {id: vdpa_attr_dev_negotiated_features, -nl-type: u64}
    15: {id: vdpa_attr_dev_mgmtdev_max_vqs, -nl-type: u32}
    16: {id: vdpa_attr_dev_supported_features, -nl-type: u64}
    17: {id: vdpa_attr_dev_queue_index, -nl-type: u32}
    18: {id: vdpa_attr_dev_vendor_attr_name, -nl-type: string}
    19: {id: vdpa_attr_dev_vendor_attr_value, -nl-type: u64}
    20: {id: vdpa_attr_dev_features, -nl-type: u64}
    21: {id: vdpa_attr_dev_blk_cfg_capacity, -nl-type: u64}
    22: {id: vdpa_attr_dev_blk_cfg_size_max, -nl-type: u32}
    23: {id: vdpa_attr_dev_blk_cfg_blk_size, -nl-type: u32}
    24: {id: vdpa_attr_dev_blk_cfg_seg_max, -nl-type: u32}
    25: {id: vdpa_attr_dev_blk_cfg_num_queues, -nl-type: u16}
    26: {id: vdpa_attr_dev_blk_cfg_phy_blk_exp, -nl-type: u8}
    27: {id: vdpa_attr_dev_blk_cfg_align_offset, -nl-type: u8}
    28: {id: vdpa_attr_dev_blk_cfg_min_io_size, -nl-type: u16}
    29: {id: vdpa_attr_dev_blk_cfg_opt_io_size, -nl-type: u32}
    30: {id: vdpa_attr_dev_blk_cfg_max_discard_sec, -nl-type: u32}
    31: {id: vdpa_attr_dev_blk_cfg_max_discard_seg, -nl-type: u32}
    32: {id: vdpa_attr_dev_blk_cfg_discard_sec_align, -nl-type: u32}
    33: {id: vdpa_attr_dev_blk_cfg_max_write_zeroes_sec, -nl-type: u32}
    34: {id: vdpa_attr_dev_blk_cfg_max_write_zeroes_seg, -nl-type: u32}
    35: {id: vdpa_attr_dev_blk_read_only, -nl-type: u8}
    36: {id: vdpa_attr_dev_blk_flush, -nl-type: u8}
