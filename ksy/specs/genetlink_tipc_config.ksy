meta:
  id: genetlink_tipc_config
  title: "Generic netlink family TIPC (legacy configuration): TIPC_CMD_*, TIPC_TLV_*, struct tipc_genlmsghdr"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  TIPC's first configuration interface (tipc-config; the tipc module keeps it beside TIPCv2, genetlink_tipc.ksy,
  translating each request to TIPCv2's handlers; Linux 7.2 headers). Every message has the one generic netlink
  command TIPC_GENL_CMD (1), then a struct tipc_genlmsghdr in host order: the node the request is for (0: this
  one) and the real command, a TIPC_CMD_* number (its high bits say who may issue it: 0x4000 protected, 0x8000
  private). The kernel answers with the request's headers and the result. Request and answer payloads are TLVs,
  struct tlv_desc items laid out as netlink attributes but with the length, the type (TIPC_TLV_*) and the value
  in network order whatever the host: -nl-byte-order: big on the family's entry in genetlink_message.ksy. A
  refused request is answered with a TIPC_TLV_ERROR_STRING whose first character may be an error code
  (0x80 incorrect TLV ... 0x85 invalid value).
doc-ref: /usr/include/linux/tipc_config.h
params:
  - id: is_le
    type: bool
types:
  tipc_genlmsghdr:
    doc: struct tipc_genlmsghdr, after genlmsghdr in every message of the family (host order)
    seq:
      - {id: dest, type: u4, doc: "the TIPC address of the node the request is for; 0: this node"}
      - {id: cmd, type: u2, -nl-enum: tipc_cmd}
      - {id: reserved, type: u2}
  tipc_node_info:
    doc: struct tipc_node_info
    seq:
      - {id: addr, type: u4be, doc: the node's TIPC address}
      - {id: up, type: u4be, doc: "0 down, 1 up"}
  tipc_link_info:
    doc: struct tipc_link_info
    seq:
      - {id: dest, type: u4be, doc: the peer node's TIPC address}
      - {id: up, type: u4be, doc: "0 down, 1 up"}
      - {id: str, size: 68, -nl-type: string, doc: "the link's name (TIPC_MAX_LINK_NAME bytes)"}
  tipc_bearer_config:
    doc: struct tipc_bearer_config
    seq:
      - {id: priority, type: u4be, doc: "1 to 31"}
      - {id: disc_domain, type: u4be, doc: the TIPC address range of the nodes to discover}
      - {id: name, size: 32, -nl-type: string, doc: "the bearer's name (TIPC_MAX_BEARER_NAME bytes), e.g. eth:eth0"}
  tipc_link_config:
    doc: struct tipc_link_config
    seq:
      - {id: value, type: u4be}
      - {id: name, size: 68, -nl-type: string, doc: "the link's name (TIPC_MAX_LINK_NAME bytes)"}
  tipc_name_table_query:
    doc: struct tipc_name_table_query
    seq:
      - {id: depth, type: u4be, doc: "1 types, 2 with names, 3 with ports; 0x80000000 (TIPC_NTQ_ALLTYPES): every type"}
      - {id: type, type: u4be}
      - {id: lowbound, type: u4be}
      - {id: upbound, type: u4be}
enums:
  tipc_genl_cmd:
    1: {id: tipc_genl_cmd, -nl-kind: other, doc: "the only command; the real one is tipc_genlmsghdr's cmd"}
  tipc_cmd:
    0x0000: tipc_cmd_noop
    0x0001: tipc_cmd_get_nodes
    0x0002: tipc_cmd_get_media_names
    0x0003: tipc_cmd_get_bearer_names
    0x0004: tipc_cmd_get_links
    0x0005: tipc_cmd_show_name_table
    0x0006: tipc_cmd_show_ports
    0x000b: tipc_cmd_show_link_stats
    0x000f: tipc_cmd_show_stats
    0x4003: tipc_cmd_get_remote_mng
    0x4004: tipc_cmd_get_max_ports
    0x4005: tipc_cmd_get_max_publ
    0x4006: tipc_cmd_get_max_subscr
    0x4007: tipc_cmd_get_max_zones
    0x4008: tipc_cmd_get_max_clusters
    0x4009: tipc_cmd_get_max_nodes
    0x400a: tipc_cmd_get_max_slaves
    0x400b: tipc_cmd_get_netid
    0x4101: tipc_cmd_enable_bearer
    0x4102: tipc_cmd_disable_bearer
    0x4107: tipc_cmd_set_link_tol
    0x4108: tipc_cmd_set_link_pri
    0x4109: tipc_cmd_set_link_window
    0x410a: tipc_cmd_set_log_size
    0x410b: tipc_cmd_dump_log
    0x410c: tipc_cmd_reset_link_stats
    0x8001: tipc_cmd_set_node_addr
    0x8003: tipc_cmd_set_remote_mng
    0x8004: tipc_cmd_set_max_ports
    0x8005: tipc_cmd_set_max_publ
    0x8006: tipc_cmd_set_max_subscr
    0x8007: tipc_cmd_set_max_zones
    0x8008: tipc_cmd_set_max_clusters
    0x8009: tipc_cmd_set_max_nodes
    0x800a: tipc_cmd_set_max_slaves
    0x800b: tipc_cmd_set_netid
    0xc001: tipc_cmd_not_net_admin
  tipc_tlv:
    0: {id: tipc_tlv_none, -nl-type: binary}
    1: {id: tipc_tlv_void, -nl-type: binary, doc: no value}
    2: {id: tipc_tlv_unsigned, -nl-type: u32}
    3: {id: tipc_tlv_string, -nl-type: string}
    4: {id: tipc_tlv_large_string, -nl-type: string}
    5: {id: tipc_tlv_ultra_string, -nl-type: string}
    16: {id: tipc_tlv_error_string, -nl-type: string, doc: "the first character may be an error code, 0x80 to 0x85"}
    17: {id: tipc_tlv_net_addr, -nl-type: u32, doc: "a TIPC address <Z.C.N>"}
    18: {id: tipc_tlv_media_name, -nl-type: string}
    19: {id: tipc_tlv_bearer_name, -nl-type: string}
    20: {id: tipc_tlv_link_name, -nl-type: string}
    21: {id: tipc_tlv_node_info, -nl-type: struct, -nl-struct: tipc_node_info}
    22: {id: tipc_tlv_link_info, -nl-type: struct, -nl-struct: tipc_link_info}
    23: {id: tipc_tlv_bearer_config, -nl-type: struct, -nl-struct: tipc_bearer_config}
    24: {id: tipc_tlv_link_config, -nl-type: struct, -nl-struct: tipc_link_config}
    25: {id: tipc_tlv_name_tbl_query, -nl-type: struct, -nl-struct: tipc_name_table_query}
    26: {id: tipc_tlv_port_ref, -nl-type: u32}
