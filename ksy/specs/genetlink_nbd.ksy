meta:
  id: genetlink_nbd
  title: "Generic netlink family nbd: NBD_CMD_*, NBD_ATTR_*, NBD_DEVICE_*, NBD_SOCK_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The network block device (nbd-client -netlink). NBD_CMD_CONNECT hands the kernel the connected sockets
  (NBD_ATTR_SOCKETS, a nest of NBD_SOCK_ITEM nests each with a file descriptor) and the device's size, block
  size, timeouts and flags; NBD_CMD_DISCONNECT and RECONFIGURE change it; NBD_CMD_STATUS, for one device
  (NBD_ATTR_INDEX) or all, is answered with the same command and NBD_ATTR_DEVICE_LIST, a nest of NBD_DEVICE_ITEM
  nests (index, connected). NBD_CMD_LINK_DEAD is multicast to "nbd_mc_group" when a connection dies.
doc-ref: /usr/include/linux/nbd-netlink.h
params:
  - id: is_le
    type: bool
enums:
  nbd_cmd:
    # -nl-group: "nbd_mc_group" (NBD_GENL_MCAST_GROUP_NAME) for LINK_DEAD
    0: {id: nbd_cmd_unspec, -nl-kind: other}
    1: {id: nbd_cmd_connect, -nl-kind: new}
    2: {id: nbd_cmd_disconnect, -nl-kind: delete}
    3: {id: nbd_cmd_reconfigure, -nl-kind: new}
    4: {id: nbd_cmd_link_dead, -nl-kind: other, -nl-group: nbd_mc_group}
    5: {id: nbd_cmd_status, -nl-kind: get}
  nbd_attr:
    0: {id: nbd_attr_unspec, -nl-type: binary}
    1: {id: nbd_attr_index, -nl-type: u32, doc: "the device's number (/dev/nbdN)"}
    2: {id: nbd_attr_size_bytes, -nl-type: u64}
    3: {id: nbd_attr_block_size_bytes, -nl-type: u64}
    4: {id: nbd_attr_timeout, -nl-type: u64, doc: seconds}
    5: {id: nbd_attr_server_flags, -nl-type: u64, doc: "NBD_FLAG_* of linux/nbd.h"}
    6: {id: nbd_attr_client_flags, -nl-type: u64, doc: "NBD_CFLAG_* of linux/nbd.h"}
    7: {id: nbd_attr_sockets, -nl-type: nest, -nl-nest: nbd_sock_item}
    8: {id: nbd_attr_dead_conn_timeout, -nl-type: u64, doc: seconds}
    9: {id: nbd_attr_device_list, -nl-type: nest, -nl-nest: nbd_device_item}
    10: {id: nbd_attr_backend_identifier, -nl-type: string}
  nbd_device_item:
    0: {id: nbd_device_item_unspec, -nl-type: binary}
    1: {id: nbd_device_item, -nl-type: nest, -nl-nest: nbd_device}
  nbd_device:
    0: {id: nbd_device_unspec, -nl-type: binary}
    1: {id: nbd_device_index, -nl-type: u32}
    2: {id: nbd_device_connected, -nl-type: u8}
  nbd_sock_item:
    0: {id: nbd_sock_item_unspec, -nl-type: binary}
    1: {id: nbd_sock_item, -nl-type: nest, -nl-nest: nbd_sock}
  nbd_sock:
    0: {id: nbd_sock_unspec, -nl-type: binary}
    1: {id: nbd_sock_fd, -nl-type: u32}
