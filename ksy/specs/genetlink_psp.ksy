meta:
  id: genetlink_psp
  title: "Generic netlink family psp: PSP_CMD_*, PSP_A_DEV_*, PSP_A_ASSOC_*, PSP_A_KEYS_*, PSP_A_STATS_*, PSP_A_ASSOC_DEV_INFO_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The PSP Security Protocol's devices (network devices that encrypt PSP in hardware, Linux 7.2 headers). DEV_GET
  reads one PSP device (PSP_A_DEV_ID) or dumps them: its main network device, the PSP versions it can do and those
  enabled (bit masks of enum psp_version), the devices of other namespaces associated with it; DEV_SET enables
  versions; DEV_ASSOC and DEV_DISASSOC associate a network device (of another namespace) with it. KEY_ROTATE
  rotates the device key; RX_ASSOC gives a socket a new receive key and SPI, TX_ASSOC installs the peer's; GET_STATS
  reads the device's counters. Group "mgmt" is told of devices added, removed and changed, group "use" of key
  rotations. A kernel built without PSP (Debian's 7.2) registers no family. The value types are those of the
  family's YNL spec the header is generated from (uint: 32 or 64 bits).
doc-ref: /usr/include/linux/psp.h
params:
  - id: is_le
    type: bool
enums:
  psp_cmd:
    # groups "mgmt" and "use" (PSP_MCGRP_*) as docs only, no -nl-group: Debian's 7.2 registers no psp family, so no
    # capture announces them
    1: {id: psp_cmd_dev_get, -nl-kind: get, -nl-attrs: psp_a_dev}
    2: {id: psp_cmd_dev_add_ntf, -nl-kind: new, -nl-attrs: psp_a_dev, doc: "notified to group mgmt"}
    3: {id: psp_cmd_dev_del_ntf, -nl-kind: delete, -nl-attrs: psp_a_dev, doc: "notified to group mgmt"}
    4: {id: psp_cmd_dev_set, -nl-kind: new, -nl-attrs: psp_a_dev}
    5: {id: psp_cmd_dev_change_ntf, -nl-kind: other, -nl-attrs: psp_a_dev, doc: "notified to group mgmt"}
    6: {id: psp_cmd_key_rotate, -nl-kind: other, -nl-attrs: psp_a_dev}
    7: {id: psp_cmd_key_rotate_ntf, -nl-kind: other, -nl-attrs: psp_a_dev, doc: "notified to group use"}
    8: {id: psp_cmd_rx_assoc, -nl-kind: new, -nl-attrs: psp_a_assoc}
    9: {id: psp_cmd_tx_assoc, -nl-kind: new, -nl-attrs: psp_a_assoc}
    10: {id: psp_cmd_get_stats, -nl-kind: get, -nl-attrs: psp_a_stats}
    11: {id: psp_cmd_dev_assoc, -nl-kind: new, -nl-attrs: psp_a_dev}
    12: {id: psp_cmd_dev_disassoc, -nl-kind: delete, -nl-attrs: psp_a_dev}
  psp_version:
    0: psp_version_hdr0_aes_gcm_128
    1: psp_version_hdr0_aes_gcm_256
    2: psp_version_hdr0_aes_gmac_128
    3: psp_version_hdr0_aes_gmac_256
  psp_a_assoc_dev_info:
    1: {id: psp_a_assoc_dev_info_ifindex, -nl-type: u32}
    2: {id: psp_a_assoc_dev_info_nsid, -nl-type: s32}
  psp_a_dev:
    1: {id: psp_a_dev_id, -nl-type: u32}
    2: {id: psp_a_dev_ifindex, -nl-type: u32}
    3: {id: psp_a_dev_psp_versions_cap, -nl-type: u32, doc: "a bit mask: bit N is enum psp_version N"}
    4: {id: psp_a_dev_psp_versions_ena, -nl-type: u32, doc: "a bit mask: bit N is enum psp_version N"}
    5: {id: psp_a_dev_assoc_list, -nl-type: nest, -nl-nest: psp_a_assoc_dev_info, doc: "one associated device per attribute"}
    6: {id: psp_a_dev_nsid, -nl-type: s32}
    7: {id: psp_a_dev_by_association, -nl-type: flag, doc: "the device is seen from an associated device's namespace"}
  psp_a_assoc:
    1: {id: psp_a_assoc_dev_id, -nl-type: u32}
    2: {id: psp_a_assoc_version, -nl-type: u32, -nl-enum: psp_version}
    3: {id: psp_a_assoc_rx_key, -nl-type: nest, -nl-nest: psp_a_keys}
    4: {id: psp_a_assoc_tx_key, -nl-type: nest, -nl-nest: psp_a_keys}
    5: {id: psp_a_assoc_sock_fd, -nl-type: u32, doc: "a file descriptor of the sender's"}
  psp_a_keys:
    1: {id: psp_a_keys_key, -nl-type: binary}
    2: {id: psp_a_keys_spi, -nl-type: u32}
  psp_a_stats:
    1: {id: psp_a_stats_dev_id, -nl-type: u32}
    2: {id: psp_a_stats_key_rotations, -nl-type: uint}
    3: {id: psp_a_stats_stale_events, -nl-type: uint}
    4: {id: psp_a_stats_rx_packets, -nl-type: uint}
    5: {id: psp_a_stats_rx_bytes, -nl-type: uint}
    6: {id: psp_a_stats_rx_auth_fail, -nl-type: uint}
    7: {id: psp_a_stats_rx_error, -nl-type: uint}
    8: {id: psp_a_stats_rx_bad, -nl-type: uint}
    9: {id: psp_a_stats_tx_packets, -nl-type: uint}
    10: {id: psp_a_stats_tx_bytes, -nl-type: uint}
    11: {id: psp_a_stats_tx_error, -nl-type: uint}
