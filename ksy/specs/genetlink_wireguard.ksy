meta:
  id: genetlink_wireguard
  title: "Generic netlink family wireguard: WG_CMD_* and WGDEVICE_A_*, WGPEER_A_*, WGALLOWEDIP_A_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  WG_CMD_GET_DEVICE (a dump, by WGDEVICE_A_IFINDEX or WGDEVICE_A_IFNAME) answers with the
  device's keys, port and peers; WG_CMD_SET_DEVICE changes them. Keys are 32 raw bytes.
  WGDEVICE_A_PEERS and WGPEER_A_ALLOWEDIPS are nests of numbered entries.
doc-ref: /usr/include/linux/wireguard.h
params:
  - id: is_le
    type: bool
enums:
  wg_cmd:
    0: {id: wg_cmd_get_device, -nl-kind: get}
    1: {id: wg_cmd_set_device, -nl-kind: new}
  wgdevice_flag:
    0x1: wgdevice_f_replace_peers
  wgdevice_attribute:
    0: {id: wgdevice_a_unspec, -nl-type: binary}
    1: {id: wgdevice_a_ifindex, -nl-type: u32}
    2: {id: wgdevice_a_ifname, -nl-type: string}
    3: {id: wgdevice_a_private_key, -nl-type: binary}
    4: {id: wgdevice_a_public_key, -nl-type: binary}
    5: {id: wgdevice_a_flags, -nl-type: u32, -nl-flags: wgdevice_flag}
    6: {id: wgdevice_a_listen_port, -nl-type: u16}
    7: {id: wgdevice_a_fwmark, -nl-type: u32}
    8: {id: wgdevice_a_peers, -nl-type: nest-array, -nl-nest: wgpeer_attribute}
  wgpeer_flag:
    0x1: wgpeer_f_remove_me
    0x2: wgpeer_f_replace_allowedips
    0x4: wgpeer_f_update_only
  wgpeer_attribute:
    0: {id: wgpeer_a_unspec, -nl-type: binary}
    1: {id: wgpeer_a_public_key, -nl-type: binary}
    2: {id: wgpeer_a_preshared_key, -nl-type: binary}
    3: {id: wgpeer_a_flags, -nl-type: u32, -nl-flags: wgpeer_flag}
    4: {id: wgpeer_a_endpoint, -nl-type: binary, doc: struct sockaddr_in or struct sockaddr_in6}
    5: {id: wgpeer_a_persistent_keepalive_interval, -nl-type: u16}
    6: {id: wgpeer_a_last_handshake_time, -nl-type: binary, doc: struct __kernel_timespec}
    7: {id: wgpeer_a_rx_bytes, -nl-type: u64}
    8: {id: wgpeer_a_tx_bytes, -nl-type: u64}
    9: {id: wgpeer_a_allowedips, -nl-type: nest-array, -nl-nest: wgallowedip_attribute}
    10: {id: wgpeer_a_protocol_version, -nl-type: u32}
  wgallowedip_attribute:
    0: {id: wgallowedip_a_unspec, -nl-type: binary}
    1: {id: wgallowedip_a_family, -nl-type: u16, -nl-enum: linux_common.address_family}
    2: {id: wgallowedip_a_ipaddr, -nl-type: ipaddr}
    3: {id: wgallowedip_a_cidr_mask, -nl-type: u8}
    4: {id: wgallowedip_a_flags, -nl-type: u32, -nl-flags: wgallowedip_flag, doc: "7.2: a u32 of WGALLOWEDIP_F_* as the device's and the peer's flags are"}
  wgallowedip_flag:
    0x1: wgallowedip_f_remove_me
